import { ErrorCodes, SageDeckError } from '../../../../../shared/errors';
import { toErrorEnvelope } from '../../../rpc/errors';

export const invalid = (message: string, field?: string): SageDeckError =>
  new SageDeckError({ code: ErrorCodes.InvalidInput, message, retryable: false, ...(field ? { fields: { [field]: message } } : {}) });

export const cancelled = (message = 'The upload was cancelled.'): SageDeckError =>
  new SageDeckError({ code: ErrorCodes.Cancelled, message, retryable: false });

/** A chunk refused because the upload failed: nothing of it was kept, so it is sent again after a retry. */
export const transferFailed = (reason: string): SageDeckError =>
  new SageDeckError({ code: 'TransferFailed', message: `The upload failed: ${reason} Retry it, then send this chunk again.`, retryable: true });

export const unknownTransfer = (id: string): SageDeckError =>
  new SageDeckError({ code: 'NoSuchTransfer', message: `No transfer ${id} in this run of SageDeck (it may have ended before a restart).`, retryable: false });

/** One line for a file's error: AWS's message with its code, or ours. */
export function describeFailure(error: unknown): string {
  const envelope = toErrorEnvelope(error);
  const text = envelope.message.endsWith('.') ? envelope.message : `${envelope.message}.`;
  return envelope.code && !['Internal', 'InvalidInput', 'TransferFailed'].includes(envelope.code) && !text.includes(envelope.code)
    ? `${envelope.code}: ${text}`
    : text;
}
