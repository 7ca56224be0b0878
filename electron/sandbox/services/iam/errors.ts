import { AwsError } from '../../types';

/** IAM's awsQuery error codes and HTTP statuses (IAM API Reference, "Errors" of each action). */
const iamError = (code: string, status: number) => (message: string) => new AwsError(code, message, status);

export const noSuchEntity = iamError('NoSuchEntity', 404);
export const entityAlreadyExists = iamError('EntityAlreadyExists', 409);
export const deleteConflict = iamError('DeleteConflict', 409);
export const limitExceeded = iamError('LimitExceeded', 409);
export const malformedPolicyDocument = iamError('MalformedPolicyDocument', 400);
export const invalidInput = iamError('InvalidInput', 400);
export const validationError = iamError('ValidationError', 400);
export const accessDenied = iamError('AccessDenied', 403);

export const noSuchRole = (name: string) => noSuchEntity(`The role with name ${name} cannot be found.`);
export const noSuchPolicy = (arn: string) => noSuchEntity(`Policy ${arn} was not found.`);
export const notAttachable = (arn: string) => noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
