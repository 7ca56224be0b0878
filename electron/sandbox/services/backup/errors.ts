import { AwsError } from '../../types';

/** AWS Backup's error codes (restJson1: `x-amzn-ErrorType` + message). */
export const notFound = (message: string) => new AwsError('ResourceNotFoundException', message, 400);
export const alreadyExists = (message: string) => new AwsError('AlreadyExistsException', message, 400);
export const invalidParameter = (message: string) => new AwsError('InvalidParameterValueException', message, 400);
export const invalidRequest = (message: string) => new AwsError('InvalidRequestException', message, 400);
export const missingParameter = (message: string) => new AwsError('MissingParameterValueException', message, 400);
export const invalidState = (message: string) => new AwsError('InvalidResourceStateException', message, 400);
