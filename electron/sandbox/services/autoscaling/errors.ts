import { AwsError } from '../../types';

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

export function objectNotFound(message: string): AwsError {
  return new AwsError('ObjectNotFoundException', message, 400);
}

export function noTarget(namespace: string, resourceId: string, dimension: string): AwsError {
  return objectNotFound(`No scalable target registered for service namespace: ${namespace}, resource ID: ${resourceId}, scalable dimension: ${dimension}`);
}
