import { useSyncExternalStore } from 'react';
import { ENDED_MESSAGE } from '../bridge/web-client';
import { useServices } from './services';

const noConnection = { status: () => 'open' as const, onStatus: () => () => {} };

/**
 * Says so when the web host's socket has dropped; streams resume by themselves once it is back.
 * Plain markup on purpose: it sits in the first chunk, which must stay small.
 */
export function ConnectionBanner() {
  const connection = useServices().connection ?? noConnection;
  const status = useSyncExternalStore(connection.onStatus, connection.status);
  if (status === 'ended') {
    // Stays up for good: reconnecting cannot help, only the host's new address can.
    return (
      <div className="connection-banner" role="alert" data-testid="connection-ended">
        {ENDED_MESSAGE}
      </div>
    );
  }
  if (status !== 'reconnecting' && status !== 'closed') return null;
  return (
    <div className="connection-banner" role="status">
      {status === 'reconnecting'
        ? 'Connection to SageDeck lost. Reconnecting…'
        : 'SageDeck has closed this connection. Reload the page to continue.'}
    </div>
  );
}
