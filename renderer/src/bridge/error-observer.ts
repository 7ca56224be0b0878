import type { SageDeckClient } from './typed-client';

/**
 * The same client, with every failed request and every stream that ends in an error shown to
 * `observe` first (the SSO store learns a sign-in is needed this way, whichever view asked).
 */
export function observeErrors(client: SageDeckClient, observe: (reason: unknown) => void): SageDeckClient {
  return {
    async request(channel, input) {
      try {
        return await client.request(channel, input);
      } catch (reason) {
        observe(reason);
        throw reason;
      }
    },
    subscribe(channel, input, onEvent, onEnd) {
      return client.subscribe(channel, input, onEvent, (error) => {
        if (error) observe(error);
        onEnd?.(error);
      });
    },
  };
}
