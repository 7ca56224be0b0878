import { SageDeckError } from '../../../../shared/errors';
import { operationMissing } from '../endpoints/aws-refusals';

/**
 * Runs a CloudWatch call that some endpoints (LocalStack, moto, older emulators) lack, and says so
 * plainly instead of passing on their UnknownOperation / 501 / 404.
 */
export async function cloudWatchCall<T>(operation: string, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (operationMissing(error) || notFoundRoute(error)) {
      throw new SageDeckError({
        code: 'OperationUnavailable',
        message: `This endpoint has no CloudWatch ${operation} operation (an emulator that does not implement it), so SageDeck cannot ${what} through it. Use AWS or an emulator that supports ${operation}.`,
        retryable: false,
      });
    }
    throw error;
  }
}

/** A 404 that is not CloudWatch's own ResourceNotFound: the endpoint has no route for the call. */
function notFoundRoute(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = error instanceof Error ? error.name : '';
  return status === 404 && !/ResourceNotFound/i.test(name);
}
