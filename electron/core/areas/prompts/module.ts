import type { promptsRequests, promptsStreams } from '../../../../shared/contract/prompts';
import type { PromptBroker } from '../../credentials/prompt-broker';
import type { AreaModule } from '../area-module';

/** MFA prompts: the renderer answers or cancels what prompts.watch showed it. */
export function promptsArea({
  prompts,
}: {
  prompts: PromptBroker;
}): AreaModule<typeof promptsRequests, typeof promptsStreams> {
  return {
    requests: {
      'prompts.answer': async (input) => {
        prompts.answer(input.id, input.code);
        return { accepted: true };
      },
      'prompts.cancel': async (input) => {
        prompts.cancel(input.id);
        return { cancelled: true };
      },
    },
    streams: { 'prompts.watch': (_input, emit) => prompts.watch(emit) },
    dispose: () => undefined,
  };
}
