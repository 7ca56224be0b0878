import { createInterface } from 'node:readline/promises';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import { mfaCodeSchema } from '../../../shared/validation/aws';
import type { MfaCodeReader } from './prompt-broker';

/**
 * MFA codes for a host without a renderer (the CLI): asked on the terminal when stdin is one,
 * otherwise a clear error instead of waiting for an answer that cannot come.
 */
export function terminalMfaReader(input: NodeJS.ReadStream = process.stdin, output: NodeJS.WritableStream = process.stderr): MfaCodeReader {
  return async (question, signal) => {
    if (!input.isTTY) {
      throw new SageDeckError({
        code: 'MfaCodeRequired',
        message: `Profile "${question.profile}" needs a code from the MFA device ${question.mfaSerial}, and stdin is not a terminal. Run the command in a terminal to type the code, or use the console.`,
        retryable: false,
      });
    }
    const terminal = createInterface({ input, output, terminal: true });
    try {
      const typed = await terminal.question(`MFA code for ${question.mfaSerial} (profile ${question.profile}): `, { signal });
      const parsed = mfaCodeSchema.safeParse(typed);
      if (!parsed.success) {
        throw new SageDeckError({ code: ErrorCodes.InvalidInput, message: 'Enter the 6-digit code from your MFA device.', fields: { code: 'Enter the 6-digit code from your MFA device.' }, retryable: false });
      }
      return parsed.data;
    } finally {
      terminal.close();
    }
  };
}
