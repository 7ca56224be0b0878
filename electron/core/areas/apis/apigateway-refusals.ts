import { operationMissing } from '../endpoints/aws-refusals';

/**
 * An endpoint without the operation (LocalStack, moto, another emulator): UnknownOperation, 501,
 * or a 404 that is not API Gateway's own NotFoundException (no route for the call at all).
 */
export function apiGatewayLacks(error: unknown): boolean {
  if (operationMissing(error)) return true;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return status === 404 && name !== 'NotFoundException';
}

export type Optional<T> = { ok: true; value: T } | { ok: false; notice: string };

/**
 * A read the detail can do without: where the endpoint lacks the operation the detail still
 * shows, with a notice naming what is missing. Any other failure is the call's to report.
 */
export async function optionalRead<T>(operation: string, what: string, call: () => Promise<T>): Promise<Optional<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (!apiGatewayLacks(error)) throw error;
    return { ok: false, notice: `This endpoint has no API Gateway ${operation} operation, so ${what} are not shown.` };
  }
}
