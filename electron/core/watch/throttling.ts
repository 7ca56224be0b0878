/**
 * AWS's retry classification for throttling, as the SDKs apply it: these error codes, or HTTP 429.
 * Source: AWS SDKs and Tools reference guide, "Retry behavior" (throttling errors), and the error
 * codes the service models declare (ThrottlingException, TooManyRequestsException...).
 */
const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

interface ErrorLike {
  name?: unknown;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

export function isThrottling(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as ErrorLike;
  if (candidate.$retryable?.throttling === true) return true;
  if (candidate.$metadata?.httpStatusCode === 429) return true;
  return typeof candidate.name === 'string' && THROTTLING_CODES.has(candidate.name);
}
