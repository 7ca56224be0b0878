import type { ConnectionStatus, WebBridge } from './web-client';

/**
 * Calls `listener` each time the socket comes back after a drop. Streams resume by themselves,
 * but they only carry changes from now on: whatever changed while away must be read again.
 */
export function onReconnect(
  connection: Pick<WebBridge, 'status' | 'onStatus'> | undefined,
  listener: () => void,
): () => void {
  if (!connection) return () => {};
  let previous: ConnectionStatus = connection.status();
  return connection.onStatus((status) => {
    if (status === 'open' && previous === 'reconnecting') listener();
    previous = status;
  });
}
