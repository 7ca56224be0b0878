import { SageDeckError } from '../../../../shared/errors';

/** An endpoint (LocalStack, moto, an older emulator) without the operation, rather than a refused call. */
export function operationMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return status === 501 || /UnknownOperation|InvalidAction|NotImplemented|UnsupportedOperation/i.test(name);
}

/** AWS's refusal of an update while another runs: "Cannot update in-progress endpoint …". */
export function updateInProgress(error: unknown): boolean {
  return error instanceof Error && error.name === 'ValidationException' && /in-progress endpoint/i.test(error.message);
}

export function inProgressError(endpointName: string, status: string): SageDeckError {
  return new SageDeckError({
    code: 'UpdateInProgress',
    message: `${endpointName} is ${status}: AWS refuses another update until it is InService again. Wait for it, then try again.`,
    retryable: true,
  });
}

/**
 * Runs an UpdateEndpoint (or CreateEndpoint…) call and words the two refusals a user can act on:
 * an update already running (retryable: wait), and an endpoint that does not have the operation.
 */
export async function endpointUpdate<T>(endpointName: string, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (updateInProgress(error)) throw inProgressError(endpointName, 'being updated');
    if (operationMissing(error)) {
      throw new SageDeckError({
        code: 'OperationUnavailable',
        message: `This endpoint has no SageMaker ${operation} operation (an emulator that does not implement it), so SageDeck cannot change ${endpointName} through it. Use AWS or an emulator that supports ${operation}.`,
        retryable: false,
      });
    }
    throw error;
  }
}
