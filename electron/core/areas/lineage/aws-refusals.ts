import { isThrottling } from '../../watch/throttling';
import { operationMissing } from '../endpoints/aws-refusals';

export const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/** AWS's "no such resource" for the Describe calls lineage makes (they word it several ways). */
export function resourceMissing(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  if (/ResourceNotFound/i.test(name)) return true;
  return name === 'ValidationException' && /could not find|does not exist|not found/i.test((error as Error).message);
}

/**
 * An operation this endpoint or role does not offer (an emulator without Search or the lineage
 * APIs, a role without the permission), as opposed to a call that failed and may work again.
 */
export function operationUnavailable(error: unknown): boolean {
  if (isThrottling(error) || isAbort(error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return operationMissing(error) || status === 404 || /UnknownOperation|AccessDenied|UnrecognizedClient/i.test(name);
}
