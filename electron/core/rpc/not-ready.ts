import { SageDeckError } from '../../../shared/errors';

/** Answer for a channel whose implementation has not landed yet: an honest error, never a fake result. */
export function notReady(channel: string): () => Promise<never> {
  return async () => {
    throw new SageDeckError({ code: 'NotImplemented', message: `${channel} is not available in this build yet.`, retryable: false });
  };
}
