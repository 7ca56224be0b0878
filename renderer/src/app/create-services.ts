import type { SageDeckBridge } from '../../../shared/bridge';
import { createConfirmationQueue } from '../bridge/confirmation-queue';
import { observeErrors } from '../bridge/error-observer';
import { createClient } from '../bridge/typed-client';
import type { WebBridge } from '../bridge/web-client';
import { createIdentityStore } from '../stores/identity-store';
import { createSessionStore } from '../stores/session-store';
import { createSsoStore } from '../stores/sso-store';
import type { AppServices } from './services';

export function createServices(bridge: SageDeckBridge, connection?: WebBridge): AppServices {
  const confirmations = createConfirmationQueue();
  const raw = createClient(bridge, confirmations.ask);
  const sso = createSsoStore(raw);
  // The session store is built on the observed client, and the observer asks it (later, when a
  // request fails) which profile the failure belongs to.
  const client = observeErrors(raw, (reason) =>
    sso.getState().noticeError(reason, session.getState().session?.profile),
  );
  const session = createSessionStore(client);
  const identity = createIdentityStore(client, session);
  const services: AppServices = { client, confirmations, session, sso, identity };
  if (connection) services.connection = connection;
  return services;
}
