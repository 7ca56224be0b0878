import type { CheckNotRun } from '../../../../shared/domain/posture';
import { operationMissing } from '../endpoints/aws-refusals';

/** One read of a check: the answer, or why the endpoint could not give it (never a guess). */
export type NotRun = Omit<CheckNotRun, 'findings'>;
export type Probe<T> = { ok: true; value: T } | { ok: false; notRun: NotRun };

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/** An endpoint without the operation: UnknownOperation/501, or a 404 that names no resource (no route for the call). */
export function lacksOperation(error: unknown): boolean {
  if (operationMissing(error)) return true;
  const name = error instanceof Error ? error.name : '';
  return httpStatus(error) === 404 && !/NotFound|NoSuch/i.test(name);
}

export function refused(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return httpStatus(error) === 403 || /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(name);
}

/** Why a call failed, in words a person can act on. */
export function causeOf(error: unknown, operation: string, iamAction: string): string {
  if (lacksOperation(error)) return `this endpoint has no ${operation} operation`;
  if (refused(error)) return `access denied (${iamAction})`;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${operation} failed (${detail})`;
}

/** Runs a read; any failure becomes a check that could not run, with the operation named. */
export async function probe<T>(service: string, operation: string, call: () => Promise<T>, iamAction = `${service}:${operation}`): Promise<Probe<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, notRun: { service, operation, cause: causeOf(error, operation, iamAction) } };
  }
}
