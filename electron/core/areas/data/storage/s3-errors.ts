import { ErrorCodes, SageDeckError } from '../../../../../shared/errors';
import { operationMissing } from '../../endpoints/aws-refusals';

/** The error's name as the SDK rebuilt it from S3's XML `<Code>` (HEAD answers have no body: `NotFound`). */
export function s3Code(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

export function accessDenied(error: unknown): boolean {
  return s3Code(error) === 'AccessDenied' || httpStatus(error) === 403;
}

/** An endpoint (another emulator) without the operation: 501 NotImplemented, or no route for it at all. */
export function s3OperationMissing(error: unknown): boolean {
  if (operationMissing(error)) return true;
  // A 404 that names no S3 resource: the endpoint has no route for the call.
  return httpStatus(error) === 404 && !/^NoSuch|NotFound|ConfigurationNotFound/.test(s3Code(error));
}

export function noSuchBucket(error: unknown): boolean {
  return s3Code(error) === 'NoSuchBucket';
}

export function bucketNotFound(bucket: string): SageDeckError {
  return new SageDeckError({
    code: 'NoSuchBucket',
    message: `There is no bucket ${bucket} (or it was just deleted). Refresh the bucket list.`,
    retryable: false,
  });
}

export function invalidField(field: string, message: string): SageDeckError {
  return new SageDeckError({ code: ErrorCodes.InvalidInput, message, fields: { [field]: message }, retryable: false });
}

/**
 * Runs an S3 call some endpoints lack, and says so plainly instead of passing on their 501 / 404;
 * a missing bucket is named as such.
 */
export async function s3Call<T>(bucket: string, operation: string, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (noSuchBucket(error)) throw bucketNotFound(bucket);
    if (s3OperationMissing(error)) {
      throw new SageDeckError({
        code: 'OperationUnavailable',
        message: `This endpoint has no S3 ${operation} operation (an emulator that does not implement it), so SageDeck cannot ${what} through it. Use AWS or an emulator that supports ${operation}.`,
        retryable: false,
      });
    }
    throw error;
  }
}
