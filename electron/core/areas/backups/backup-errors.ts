import { SageDeckError } from '../../../../shared/errors';
import { operationMissing } from '../endpoints/aws-refusals';

function httpStatus(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/**
 * An endpoint without AWS Backup: 501, an unknown-operation error, or a 404 that names no Backup
 * resource (AWS Backup's own not-found is ResourceNotFoundException).
 */
export function backupMissing(error: unknown): boolean {
  if (operationMissing(error)) return true;
  const name = error instanceof Error ? error.name : '';
  return httpStatus(error) === 404 && name !== 'ResourceNotFoundException';
}

export function backupUnavailableMessage(operation: string): string {
  return `This endpoint does not offer AWS Backup (${operation} is not implemented), so backup coverage, recovery points and restore tests cannot be checked here. Use AWS or an emulator with AWS Backup.`;
}

/** Runs a Backup call and, where the endpoint lacks AWS Backup, says so instead of passing on its 501 / 404. */
export async function backupCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (backupMissing(error)) throw new SageDeckError({ code: 'OperationUnavailable', message: backupUnavailableMessage(operation), retryable: false });
    throw error;
  }
}

export const isUnavailable = (error: unknown) => error instanceof SageDeckError && error.code === 'OperationUnavailable';
