import type { SageDeckBridge } from '../../../shared/bridge';
import { createConfirmationQueue } from '../bridge/confirmation-queue';
import { createClient } from '../bridge/typed-client';
import type { WebBridge } from '../bridge/web-client';
import { createSessionStore } from '../stores/session-store';
import type { AppServices } from './services';

export function createServices(bridge: SageDeckBridge, connection?: WebBridge): AppServices {
  const confirmations = createConfirmationQueue();
  const client = createClient(bridge, confirmations.ask);
  const services: AppServices = { client, confirmations, session: createSessionStore(client) };
  if (connection) services.connection = connection;
  return services;
}
