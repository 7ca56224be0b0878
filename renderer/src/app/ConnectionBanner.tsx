import { useSyncExternalStore } from 'react';
import { useServices } from './services';

const noConnection = { status: () => 'open' as const, onStatus: () => () => {} };

/** Says so when the web host's socket has dropped; streams resume by themselves once it is back. */
export function ConnectionBanner() {
  const connection = useServices().connection ?? noConnection;
  const status = useSyncExternalStore(connection.onStatus, connection.status);
  if (status !== 'reconnecting' && status !== 'closed') return null;
  return (
    <div className="connection-banner" role="status">
      {status === 'reconnecting'
        ? 'Connection to SageDeck lost. Reconnecting…'
        : 'SageDeck has closed this connection. Reload the page to continue.'}
    </div>
  );
}
