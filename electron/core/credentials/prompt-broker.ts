import { randomUUID } from 'node:crypto';
import type { PendingPrompt, PromptEvent } from '../../../shared/domain/credentials';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';

export const PROMPT_TIMEOUT_MS = 5 * 60_000;

export interface MfaQuestion {
  profile: string;
  mfaSerial: string;
}

/** Answers MFA questions without a renderer (the CLI reads a terminal). */
export type MfaCodeReader = (question: MfaQuestion, signal: AbortSignal) => Promise<string>;

export interface PromptBroker {
  /** Resolves with the code the user typed; rejects with Cancelled on cancel, timeout or abort. */
  askMfaCode(question: MfaQuestion, signal: AbortSignal): Promise<string>;
  answer(id: string, code: string): void;
  cancel(id: string): void;
  /** Open prompts are replayed first, then new prompts and closings as they happen. */
  watch(listener: (event: PromptEvent) => void): () => void;
}

interface OpenPrompt {
  prompt: PendingPrompt;
  settle(outcome: { code: string } | { error: SageDeckError }): void;
}

export interface PromptBrokerOptions {
  timeoutMs?: number;
  /** When set, questions go to it instead of the prompts.watch stream. */
  reader?: MfaCodeReader;
}

function promptGone(id: string): SageDeckError {
  return new SageDeckError({
    code: 'PromptNotFound',
    message: `Prompt ${id} is no longer open: it was answered, cancelled or timed out.`,
    retryable: false,
  });
}

/**
 * Where credential resolution asks the user for an MFA code: the host shows open prompts from the
 * `prompts.watch` stream and sends back `prompts.answer` or `prompts.cancel`.
 */
export function createPromptBroker(options: PromptBrokerOptions = {}): PromptBroker {
  const timeoutMs = options.timeoutMs ?? PROMPT_TIMEOUT_MS;
  const open = new Map<string, OpenPrompt>();
  const listeners = new Set<(event: PromptEvent) => void>();
  const publish = (event: PromptEvent) => {
    for (const listener of listeners) listener(event);
  };

  return {
    askMfaCode(question, signal) {
      if (options.reader) return options.reader(question, signal);
      if (signal.aborted) return Promise.reject(new SageDeckError({ code: ErrorCodes.Cancelled, message: 'MFA prompt cancelled: the session was switched.', retryable: true }));
      return new Promise<string>((resolve, reject) => {
        const id = randomUUID();
        const prompt: PendingPrompt = {
          id,
          kind: 'mfa',
          profile: question.profile,
          mfaSerial: question.mfaSerial,
          expiresAt: new Date(Date.now() + timeoutMs).toISOString(),
        };
        const onAbort = () =>
          settle({ error: new SageDeckError({ code: ErrorCodes.Cancelled, message: 'MFA prompt cancelled: the session was switched.', retryable: true }) });
        const timer = setTimeout(
          () =>
            settle({
              error: new SageDeckError({
                code: ErrorCodes.Cancelled,
                message: `MFA prompt for profile "${question.profile}" timed out after ${Math.round(timeoutMs / 1000)} s. Try again and enter the code from your MFA device.`,
                retryable: true,
              }),
            }),
          timeoutMs,
        );
        timer.unref?.();
        const settle: OpenPrompt['settle'] = (outcome) => {
          if (!open.delete(id)) return;
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          publish({ id, closed: true });
          if ('code' in outcome) resolve(outcome.code);
          else reject(outcome.error);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        open.set(id, { prompt, settle });
        publish(prompt);
      });
    },
    answer(id, code) {
      const found = open.get(id);
      if (!found) throw promptGone(id);
      found.settle({ code });
    },
    cancel(id) {
      const found = open.get(id);
      if (!found) throw promptGone(id);
      found.settle({ error: new SageDeckError({ code: ErrorCodes.Cancelled, message: 'MFA prompt cancelled', retryable: true }) });
    },
    watch(listener) {
      for (const { prompt } of open.values()) listener(prompt);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
