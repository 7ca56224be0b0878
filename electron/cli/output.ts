import { ErrorCodes, type ErrorEnvelope } from '../../shared/errors';
import { USAGE } from './args';

/** Exits 1 with the error envelope on stderr, so stdout only ever carries results. */
export function fail(error: ErrorEnvelope, exitCode = 1): never {
  process.stderr.write(`${JSON.stringify(error, null, 2)}\n`);
  process.exit(exitCode);
}

/** Exit status of a command typed wrongly, as shells and most CLIs use it (1 stays "the request failed"). */
export const USAGE_EXIT = 2;

export function usageError(message: string): never {
  return fail({ code: ErrorCodes.InvalidInput, message: `${message}\n${USAGE}`, retryable: false }, USAGE_EXIT);
}
