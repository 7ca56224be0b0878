import type { RequestHandlers, StreamHandlers } from '../rpc/handlers';
import type { PromptBroker } from './prompt-broker';

export type CredentialRequestChannels = 'prompts.answer' | 'prompts.cancel';

export interface CredentialHandlerDeps {
  prompts: PromptBroker;
}

/** The MFA prompt channels: the renderer answers or cancels what prompts.watch showed it. */
export function credentialHandlers(deps: CredentialHandlerDeps): Pick<RequestHandlers, CredentialRequestChannels> {
  return {
    'prompts.answer': async (input) => {
      deps.prompts.answer(input.id, input.code);
      return { accepted: true };
    },
    'prompts.cancel': async (input) => {
      deps.prompts.cancel(input.id);
      return { cancelled: true };
    },
  };
}

export function credentialStreams(deps: CredentialHandlerDeps): Pick<StreamHandlers, 'prompts.watch'> {
  return { 'prompts.watch': (_input, emit) => deps.prompts.watch(emit) };
}
