import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SsoEvent } from '../../../shared/domain/credentials';
import { SageDeckError } from '../../../shared/errors';
import type { SageDeckClient } from '../bridge/typed-client';

/** The host's answer when an SSO profile's sign-in is missing, expired or revoked. */
export const SSO_SIGN_IN_REQUIRED = 'SsoSignInRequired';

export interface SsoStoreState {
  /** Profiles that need an IAM Identity Center sign-in, with the host's reason. */
  needsSignIn: Record<string, string>;
  /** The profile whose sign-in dialog is open. */
  signingIn: string | undefined;
  /** A request failed: remember when it was because the profile needs a sign-in. */
  noticeError(reason: unknown, profile: string | undefined): void;
  /** The profile's credentials work again (signed in elsewhere, e.g. with the AWS CLI). */
  forget(profile: string): void;
  startSignIn(profile: string): void;
  closeSignIn(): void;
  /** Follows sso.watch for every profile; `onSignedIn` runs when one finishes signing in. */
  watch(onSignedIn: (profile: string) => void): () => void;
}

export type SsoStore = StoreApi<SsoStoreState>;

const NEEDS_SIGN_IN_STATES: ReadonlySet<SsoEvent['state']> = new Set(['expired', 'signed-out']);

export function isSsoSignInRequired(reason: unknown): reason is SageDeckError {
  return reason instanceof SageDeckError && reason.code === SSO_SIGN_IN_REQUIRED;
}

export function createSsoStore(client: Pick<SageDeckClient, 'subscribe'>): SsoStore {
  return createStore<SsoStoreState>()((set) => {
    const needs = (profile: string, message: string) =>
      set((state) =>
        state.needsSignIn[profile] === message ? {} : { needsSignIn: { ...state.needsSignIn, [profile]: message } },
      );
    const clear = (profile: string) =>
      set((state) => {
        if (!(profile in state.needsSignIn)) return {};
        const { [profile]: _signedIn, ...rest } = state.needsSignIn;
        return { needsSignIn: rest };
      });

    return {
      needsSignIn: {},
      signingIn: undefined,

      noticeError(reason, profile) {
        if (profile && isSsoSignInRequired(reason)) needs(profile, reason.message);
      },

      forget(profile) {
        clear(profile);
      },

      startSignIn(profile) {
        set({ signingIn: profile });
      },

      closeSignIn() {
        set({ signingIn: undefined });
      },

      watch(onSignedIn) {
        return client.subscribe('sso.watch', {}, (event) => {
          if (NEEDS_SIGN_IN_STATES.has(event.state)) {
            needs(
              event.profile,
              event.message ??
                (event.state === 'expired'
                  ? `The IAM Identity Center sign-in for ${event.profile} has expired.`
                  : `You are signed out of IAM Identity Center for ${event.profile}.`),
            );
          } else if (event.state === 'signed-in') {
            clear(event.profile);
            onSignedIn(event.profile);
          }
        });
      },
    };
  });
}
