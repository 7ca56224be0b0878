import { AwsError } from '../../../types';

/** SageMaker answers most bad input and most missing resources with a plain ValidationException. */
export function validationException(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

/** What DescribeTrainingJob / DescribeProcessingJob say for a name they do not know. */
export function requestedResourceNotFound(): AwsError {
  return validationException('Requested resource not found.');
}

/** Experiments, trials and trial components use the modelled ResourceNotFound error. */
export function resourceNotFound(message: string): AwsError {
  return new AwsError('ResourceNotFound', message, 400);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUse', message, 400);
}

export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message, 400);
}
