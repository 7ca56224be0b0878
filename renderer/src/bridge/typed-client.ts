import type { SageDeckBridge } from '../../../shared/bridge';
import type { RequestChannel, StreamChannel } from '../../../shared/contract/channels';
import type { RequestInput, RequestMeta, RequestOutput, StreamEvent, StreamInput } from '../../../shared/contract';
import { ErrorCodes, SageDeckError, isErrorEnvelope, type ConfirmationChallenge } from '../../../shared/errors';

/** What the user answered to a confirmation challenge; `null` means they cancelled. */
export type ConfirmationAnswer = { typedConfirmation?: string } | null;

export type AskConfirmation = (challenge: ConfirmationChallenge) => Promise<ConfirmationAnswer>;

/** The renderer's only way to the host: every channel, input and output typed from the contract. */
export interface SageDeckClient {
  request<C extends RequestChannel>(channel: C, input: RequestInput<C>): Promise<RequestOutput<C>>;
  subscribe<C extends StreamChannel>(
    channel: C,
    input: StreamInput<C>,
    onEvent: (event: StreamEvent<C>) => void,
    onEnd?: (error?: SageDeckError) => void,
  ): () => void;
}

// A host that keeps asking after the user confirmed is misbehaving; do not loop forever on it.
const MAX_CONFIRMATION_ROUNDS = 3;

function asError(reason: unknown): SageDeckError {
  if (reason instanceof SageDeckError) return reason;
  if (isErrorEnvelope(reason)) return new SageDeckError({ ...reason, retryable: reason.retryable ?? false });
  const message = reason instanceof Error ? reason.message : String(reason);
  return new SageDeckError({ code: ErrorCodes.Internal, message, retryable: false });
}

/**
 * Wraps either transport (preload or WebSocket) in the typed client. A ConfirmationRequired answer
 * is turned into a question to the user and, on confirm, the same request is sent again with the
 * answer in its meta; so any feature that calls a destructive channel gets confirmation for free.
 */
export function createClient(bridge: SageDeckBridge, askConfirmation: AskConfirmation): SageDeckClient {
  return {
    async request(channel, input) {
      let meta: RequestMeta | undefined;
      for (let round = 0; ; round++) {
        let envelope;
        try {
          envelope = await bridge.request(channel, input, meta);
        } catch (reason) {
          throw asError(reason);
        }
        if (envelope.ok) return envelope.result as RequestOutput<typeof channel>;
        const error = new SageDeckError(envelope.error);
        if (error.code !== ErrorCodes.ConfirmationRequired || !error.confirmation || round >= MAX_CONFIRMATION_ROUNDS) {
          throw error;
        }
        const answer = await askConfirmation(error.confirmation);
        if (!answer) {
          throw new SageDeckError({
            code: ErrorCodes.Cancelled,
            message: `${error.confirmation.action} was cancelled.`,
            retryable: false,
          });
        }
        meta =
          answer.typedConfirmation === undefined
            ? { confirmed: true }
            : { confirmed: true, typedConfirmation: answer.typedConfirmation };
      }
    },

    subscribe(channel, input, onEvent, onEnd) {
      return bridge.subscribe(
        channel,
        input,
        (event) => onEvent(event as StreamEvent<typeof channel>),
        (error) => onEnd?.(error ? new SageDeckError(error) : undefined),
      );
    },
  };
}
