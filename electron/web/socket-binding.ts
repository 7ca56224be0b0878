import type { WebSocket } from 'ws';
import type { ServerMessage } from '../../shared/bridge';
import type { Dispatcher } from '../core/rpc/dispatcher';
import { createConnection } from '../core/rpc/connection';

/**
 * Serves the contract on one authenticated socket through the core's connection server. Every
 * stream opened here is cancelled when the socket closes, so a closed browser tab leaves nothing
 * running in the host.
 */
export function bindSocket(socket: WebSocket, dispatcher: Dispatcher): void {
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const connection = createConnection(dispatcher, send);

  socket.on('message', (data, isBinary) => {
    if (isBinary || !connection.receive(String(data))) socket.close(1003, 'malformed message');
  });

  // ws reports a frame it refuses (over maxPayload, invalid UTF-8, unmasked, reserved opcode or bits,
  // bad close code) here and then closes this socket with the matching code. Without a listener the
  // error would be thrown and take the whole host down with every other connection.
  socket.on('error', (error) => {
    process.stderr.write(`sagedeck web host: closed a connection after a bad frame (${error.message})\n`);
  });

  socket.on('close', () => connection.closeAll());
}
