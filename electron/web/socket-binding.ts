import type { WebSocket } from 'ws';
import type { ClientMessage, ServerMessage } from '../../shared/bridge';
import type { RequestMeta } from '../../shared/contract';
import { ErrorCodes } from '../../shared/errors';
import type { Dispatcher } from '../core/rpc/dispatcher';

const MAX_OPEN_STREAMS = 256;

function parseMessage(data: unknown): ClientMessage | undefined {
  try {
    const message = JSON.parse(String(data)) as ClientMessage;
    if (typeof message !== 'object' || message === null || typeof message.id !== 'number') return undefined;
    if (message.t === 'req' || message.t === 'sub') return typeof message.channel === 'string' ? message : undefined;
    return message.t === 'unsub' ? message : undefined;
  } catch {
    return undefined;
  }
}

function safeMeta(meta: unknown): RequestMeta {
  if (typeof meta !== 'object' || meta === null) return {};
  const { confirmed, typedConfirmation } = meta as Record<string, unknown>;
  const result: RequestMeta = {};
  if (typeof confirmed === 'boolean') result.confirmed = confirmed;
  if (typeof typedConfirmation === 'string') result.typedConfirmation = typedConfirmation;
  return result;
}

/**
 * Serves the contract on one authenticated socket. Every stream opened here is cancelled when the
 * socket closes, so a closed browser tab leaves nothing running in the host.
 */
export function bindSocket(socket: WebSocket, dispatcher: Dispatcher): void {
  const streams = new Map<number, () => void>();
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  socket.on('message', (data) => {
    const message = parseMessage(data);
    if (!message) {
      socket.close(1003, 'malformed message');
      return;
    }
    if (message.t === 'req') {
      void dispatcher.request(message.channel, message.input, safeMeta(message.meta)).then((envelope) =>
        send({ t: 'res', id: message.id, envelope }),
      );
    } else if (message.t === 'sub') {
      if (streams.has(message.id) || streams.size >= MAX_OPEN_STREAMS) {
        send({ t: 'end', id: message.id, error: { code: ErrorCodes.InvalidInput, message: 'Too many open streams or a reused stream id.', retryable: false } });
        return;
      }
      let ended = false;
      const cancel = dispatcher.subscribe(message.channel, message.input, {
        event: (event) => send({ t: 'ev', id: message.id, event }),
        end: (error) => {
          ended = true;
          streams.delete(message.id);
          send(error ? { t: 'end', id: message.id, error } : { t: 'end', id: message.id });
        },
      });
      if (!ended) streams.set(message.id, cancel);
    } else {
      streams.get(message.id)?.();
      streams.delete(message.id);
    }
  });

  socket.on('close', () => {
    for (const cancel of streams.values()) cancel();
    streams.clear();
  });
}
