import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionIdentity } from '../../../shared/domain/session';
import type { SageDeckClient } from '../bridge/typed-client';
import { selectSessionKey } from './session-key';
import type { SessionStore } from './session-store';

export type IdentityState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; identity: SessionIdentity }
  | { status: 'error'; error: unknown };

export interface IdentityStoreState {
  identity: IdentityState;
  /** Asks STS again on every switch and refresh until the returned function is called. */
  follow(): () => void;
}

export type IdentityStore = StoreApi<IdentityStoreState>;

/**
 * Who the session is, read once per session for the top bar and the overview alike. An answer that
 * arrives after the session moved on belongs to the old session and is dropped.
 */
export function createIdentityStore(client: Pick<SageDeckClient, 'request'>, session: SessionStore): IdentityStore {
  return createStore<IdentityStoreState>()((set) => ({
    identity: { status: 'idle' },

    follow() {
      let active = true;
      let asked: string | undefined;
      const askIfChanged = () => {
        const key = selectSessionKey(session.getState());
        if (key === asked) return;
        asked = key;
        if (key === undefined) {
          set({ identity: { status: 'idle' } });
          return;
        }
        set({ identity: { status: 'loading' } });
        const stillCurrent = () => active && asked === key;
        client.request('session.identity', {}).then(
          (identity) => stillCurrent() && set({ identity: { status: 'ready', identity } }),
          (error: unknown) => stillCurrent() && set({ identity: { status: 'error', error } }),
        );
      };
      askIfChanged();
      const stop = session.subscribe(askIfChanged);
      return () => {
        active = false;
        stop();
      };
    },
  }));
}
