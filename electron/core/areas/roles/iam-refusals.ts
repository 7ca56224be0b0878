import { isThrottling } from '../../watch/throttling';
import { operationMissing } from '../endpoints/aws-refusals';
import { isAbort } from '../lineage/aws-refusals';

/**
 * An endpoint (an emulator) without the IAM operation, as opposed to a call that failed: moto and
 * LocalStack answer NotImplemented / 501 / InvalidAction, some a bare 404.
 */
export function iamOperationMissing(error: unknown): boolean {
  if (isThrottling(error) || isAbort(error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return operationMissing(error) || (status === 404 && !/NoSuchEntity/i.test(name));
}
