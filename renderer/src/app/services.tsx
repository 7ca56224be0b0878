import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ConfirmationQueue } from '../bridge/confirmation-queue';
import type { SageDeckClient } from '../bridge/typed-client';
import type { WebBridge } from '../bridge/web-client';
import type { IdentityState, IdentityStore } from '../stores/identity-store';
import type { SessionState, SessionStore } from '../stores/session-store';
import type { SsoStore, SsoStoreState } from '../stores/sso-store';

/** Everything a screen needs from outside React, created once at start (or by a test). */
export interface AppServices {
  client: SageDeckClient;
  session: SessionStore;
  confirmations: ConfirmationQueue;
  /** Which profiles need an IAM Identity Center sign-in, and the sign-in dialog. */
  sso: SsoStore;
  /** The caller identity of the current session, asked once per switch for every screen. */
  identity: IdentityStore;
  /** Present for the web client only: lets the shell say when the host connection drops. */
  connection?: Pick<WebBridge, 'status' | 'onStatus'>;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesProvider>');
  return services;
}

export function useClient(): SageDeckClient {
  return useServices().client;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useServices().session, selector);
}

export function useSso<T>(selector: (state: SsoStoreState) => T): T {
  return useStore(useServices().sso, selector);
}

export function useIdentity(): IdentityState {
  return useStore(useServices().identity, (state) => state.identity);
}
