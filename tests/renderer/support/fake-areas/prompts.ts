import type { promptsRequests, promptsStreams } from '../../../../shared/contract/prompts';
import type { PendingPrompt, PromptEvent } from '../../../../shared/domain/credentials';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';
import { Listeners } from './listeners';

/** prompts.*: MFA prompts the host asks (`ask`) and withdraws; open ones are sent first on watch. */
export class FakePrompts {
  /** The MFA code prompts.answer accepts; any other code fails as AWS would. */
  mfaCode = '123456';
  private readonly open = new Map<string, PendingPrompt>();
  private readonly watchers = new Listeners<PromptEvent>();

  /** The host needs a code: the prompt shows in every window. */
  ask(prompt: PendingPrompt): void {
    this.open.set(prompt.id, prompt);
    this.watchers.send(prompt);
  }

  /** The prompt went away (answered elsewhere, timed out, the call was cancelled). */
  withdraw(id: string): void {
    if (this.open.delete(id)) this.watchers.send({ id, closed: true });
  }

  private take(id: string): void {
    if (!this.open.has(id)) {
      throw new SageDeckError({
        code: ErrorCodes.InvalidInput,
        message: `Prompt ${id} is no longer open: it was answered, cancelled or timed out.`,
        retryable: false,
      });
    }
  }

  readonly requests: RequestHandlersOf<typeof promptsRequests> = {
    'prompts.answer': async (input) => {
      this.take(input.id);
      if (input.code !== this.mfaCode) {
        throw new SageDeckError({
          code: 'AccessDenied',
          message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
          retryable: false,
        });
      }
      this.withdraw(input.id);
      return { accepted: true };
    },
    'prompts.cancel': async (input) => {
      this.take(input.id);
      this.withdraw(input.id);
      return { cancelled: true };
    },
  };

  readonly streams: StreamHandlersOf<typeof promptsStreams> = {
    'prompts.watch': (_input, emit) => {
      for (const prompt of this.open.values()) emit(prompt);
      return this.watchers.add(emit);
    },
  };
}
