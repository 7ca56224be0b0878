import { AwsError } from '../../types';

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}
