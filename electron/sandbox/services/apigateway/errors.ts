import { AwsError } from '../../types';

/** API Gateway's error codes and statuses (API reference, "Common Errors" of each operation). */
export const notFound = (message: string) => new AwsError('NotFoundException', message, 404);
export const badRequest = (message: string) => new AwsError('BadRequestException', message, 400);
export const conflict = (message: string) => new AwsError('ConflictException', message, 409);
export const limitExceeded = (message: string) => new AwsError('LimitExceededException', message, 429);

/** AWS names the account too: "Invalid API identifier specified 111122223333:abcdef1234". */
export const apiNotFound = (accountId: string, restApiId: string) => notFound(`Invalid API identifier specified ${accountId}:${restApiId}`);
