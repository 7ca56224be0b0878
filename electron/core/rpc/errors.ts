import { ZodError } from 'zod';
import { ErrorCodes, SageDeckError, type ErrorEnvelope } from '../../../shared/errors';

/** Error names the AWS SDK uses for failures that are worth retrying by hand. */
const RETRYABLE_AWS = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ServiceUnavailable',
  'InternalFailure',
  'RequestTimeout',
  'TimeoutError',
]);

interface AwsLikeError {
  name: string;
  message: string;
  $metadata?: { requestId?: string; httpStatusCode?: number };
  $retryable?: unknown;
  $fault?: string;
}

function isAwsLike(error: unknown): error is AwsLikeError {
  return error instanceof Error && typeof (error as { $metadata?: unknown }).$metadata === 'object';
}

export function fieldsFromZod(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '(input)';
    // Zod 4 reports a refused record key as "Invalid key in record" and keeps the key schema's own
    // message (e.g. "Keys are at most 256 characters.") in nested issues: show the one that says why.
    const nested = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
    fields[key] ??= nested ?? issue.message;
  }
  return fields;
}

/** Turns anything thrown below the host into the envelope that crosses the bridge. */
export function toErrorEnvelope(error: unknown): ErrorEnvelope {
  if (error instanceof SageDeckError) return error.toEnvelope();
  if (error instanceof ZodError) {
    return {
      code: ErrorCodes.InvalidInput,
      message: 'Some fields need attention before anything is sent to AWS.',
      fields: fieldsFromZod(error),
      retryable: false,
    };
  }
  if (isAwsLike(error)) {
    const envelope: ErrorEnvelope = {
      code: error.name,
      message: error.message || error.name,
      retryable: RETRYABLE_AWS.has(error.name) || Boolean(error.$retryable) || (error.$metadata?.httpStatusCode ?? 0) >= 500,
    };
    if (error.$metadata?.requestId) envelope.requestId = error.$metadata.requestId;
    return envelope;
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return { code: ErrorCodes.Cancelled, message: 'The request was cancelled.', retryable: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: ErrorCodes.Internal, message: message || 'Unexpected error.', retryable: false };
}
