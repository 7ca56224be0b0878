import { AwsError } from '../../types';

/** KMS's error codes and the messages AWS sends with them. */

export const notFound = (message: string) => new AwsError('NotFoundException', message, 400);
export const validation = (message: string) => new AwsError('ValidationException', message, 400);
export const invalidState = (message: string) => new AwsError('KMSInvalidStateException', message, 400);
export const disabled = (arn: string) => new AwsError('DisabledException', `${arn} is disabled.`, 400);
export const pendingDeletion = (arn: string) => invalidState(`${arn} is pending deletion.`);
export const alreadyExists = (message: string) => new AwsError('AlreadyExistsException', message, 400);
export const unsupported = (message: string) => new AwsError('UnsupportedOperationException', message, 400);
export const invalidKeyUsage = (message: string) => new AwsError('InvalidKeyUsageException', message, 400);
export const invalidMarker = () => new AwsError('InvalidMarkerException', 'Invalid marker.', 400);
export const tagError = (message: string) => new AwsError('TagException', message, 400);
export const malformedPolicy = (message: string) => new AwsError('MalformedPolicyDocumentException', message, 400);
export const invalidCiphertext = () => new AwsError('InvalidCiphertextException', '', 400);
export const incorrectKey = () => new AwsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.', 400);
export const tooManyTags = () => new AwsError('LimitExceededException', 'A KMS key can have at most 50 tags.', 400);
