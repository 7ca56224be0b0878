import { ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_STREAM_CLOSE, IPC_STREAM_END, IPC_STREAM_EVENT, IPC_STREAM_OPEN, type Envelope } from '../../shared/bridge';
import { REQUEST_CHANNELS } from '../../shared/contract/channels';
import { ErrorCodes } from '../../shared/errors';
import { createConnection, MAX_STREAMS_PER_CONNECTION } from '../core/rpc/connection';
import type { Dispatcher } from '../core/rpc/dispatcher';
import { ConnectionRegistry } from './connection-registry';

export interface IpcBindingOptions {
  dispatcher: Dispatcher;
  /** The sender check from security.ts, bound to the main window. */
  isTrustedSender: (event: IpcMainEvent | IpcMainInvokeEvent) => boolean;
}

export const MAX_STREAMS_PER_PAGE = MAX_STREAMS_PER_CONNECTION;

const FORBIDDEN: Envelope = {
  ok: false,
  error: { code: ErrorCodes.Forbidden, message: 'This frame may not call SageDeck.', retryable: false },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sendIfAlive(contents: WebContents, channel: string, payload: unknown): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

/**
 * Binds the contract to ipcMain: one invoke handler per request channel (never a generic
 * pass-through), and the stream messages, all through the core's connection server (one per
 * page). Returns the function that unbinds everything and cancels every open stream.
 */
export function bindIpc({ dispatcher, isTrustedSender }: IpcBindingOptions): () => void {
  const connections = new ConnectionRegistry((contents) =>
    createConnection(dispatcher, (message) => {
      if (message.t === 'ev') sendIfAlive(contents, IPC_STREAM_EVENT, { id: message.id, event: message.event });
      else if (message.t === 'end') {
        sendIfAlive(contents, IPC_STREAM_END, message.error ? { id: message.id, error: message.error } : { id: message.id });
        connections.settle(contents);
      }
    }),
  );

  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown, meta: unknown): Promise<Envelope> => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      const envelope = await connections.of(event.sender).request(channel, input, meta);
      connections.settle(event.sender);
      return envelope;
    });
  }

  const onOpen = (event: IpcMainEvent, payload: unknown): void => {
    if (!isTrustedSender(event) || !isPlainObject(payload)) return;
    connections.of(event.sender).open(payload.id, payload.channel, payload.input);
    connections.settle(event.sender);
  };

  const onClose = (event: IpcMainEvent, payload: unknown): void => {
    if (!isTrustedSender(event) || !isPlainObject(payload)) return;
    connections.of(event.sender).close(payload.id);
    connections.settle(event.sender);
  };

  ipcMain.on(IPC_STREAM_OPEN, onOpen);
  ipcMain.on(IPC_STREAM_CLOSE, onClose);

  return () => {
    for (const channel of REQUEST_CHANNELS) ipcMain.removeHandler(channel);
    ipcMain.removeListener(IPC_STREAM_OPEN, onOpen);
    ipcMain.removeListener(IPC_STREAM_CLOSE, onClose);
    connections.releaseAll();
  };
}
