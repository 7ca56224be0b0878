import { isThrottling } from '../../../watch/throttling';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
}

const asErrorLike = (error: unknown): ErrorLike => (typeof error === 'object' && error !== null ? (error as ErrorLike) : {});

export const errorName = (error: unknown): string => {
  const name = asErrorLike(error).name;
  return typeof name === 'string' ? name : 'Error';
};

/** One line for a `paused` or `source` message: what AWS said, without a stack. */
export function reasonOf(error: unknown): string {
  const { message } = asErrorLike(error);
  const text = typeof message === 'string' && message ? message : String(error);
  return `${errorName(error)}: ${text}`.slice(0, 300);
}

/**
 * Live Tail refused for good: no permission (AccessDenied), the account's 15 concurrent sessions
 * in use (LimitExceeded — a quota, not a rate, so waiting a few seconds would not help), or an
 * endpoint without the operation (LocalStack, moto: UnknownOperation, 404, 501). Polling reads the
 * same events with FilterLogEvents, so the tail switches instead of failing.
 */
export function liveTailRefusal(error: unknown): string | undefined {
  const name = errorName(error);
  const status = asErrorLike(error).$metadata?.httpStatusCode;
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || status === 403)
    return `Live Tail is not allowed for this identity (${reasonOf(error)}); polling with FilterLogEvents instead.`;
  if (name === 'LimitExceededException')
    return `The account's Live Tail sessions are all in use (${reasonOf(error)}); polling with FilterLogEvents instead.`;
  if (/UnknownOperation|NotImplemented|InvalidAction|UnsupportedOperation/i.test(name) || status === 404 || status === 501)
    return `This endpoint does not offer Live Tail (${reasonOf(error)}); polling with FilterLogEvents instead.`;
  return undefined;
}

/** Errors that retrying cannot fix: the request itself is wrong or not allowed. */
export function isFatal(error: unknown): boolean {
  const name = errorName(error);
  return (
    name === 'InvalidParameterException' ||
    name === 'AccessDeniedException' ||
    name === 'UnrecognizedClientException' ||
    name === 'InvalidSignatureException' ||
    name === 'MalformedQueryException'
  );
}

export const isAbort = (error: unknown): boolean => errorName(error) === 'AbortError';

export { isThrottling };
