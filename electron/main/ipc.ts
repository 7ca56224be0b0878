import { ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  IPC_STREAM_CLOSE,
  IPC_STREAM_END,
  IPC_STREAM_EVENT,
  IPC_STREAM_OPEN,
  type Envelope,
} from '../../shared/bridge';
import { REQUEST_CHANNELS } from '../../shared/channels';
import type { RequestMeta } from '../../shared/contract';
import { ErrorCodes, type ErrorEnvelope } from '../../shared/errors';
import type { Dispatcher } from '../core/rpc/dispatcher';
import { StreamRegistry } from './stream-registry';

export interface IpcBindingOptions {
  dispatcher: Dispatcher;
  /** The sender check from security.ts, bound to the main window. */
  isTrustedSender: (event: IpcMainEvent | IpcMainInvokeEvent) => boolean;
}

/**
 * Far more than the screens ever hold open at once; a page that asks for more is misbehaving and
 * must not make main hold unbounded subscriptions for it.
 */
export const MAX_STREAMS_PER_PAGE = 256;

const FORBIDDEN: Envelope = {
  ok: false,
  error: { code: ErrorCodes.Forbidden, message: 'This frame may not call SageDeck.', retryable: false },
};

function invalidMeta(field: string, expected: string): Envelope {
  return {
    ok: false,
    error: {
      code: ErrorCodes.InvalidInput,
      message: 'The request options are not valid.',
      fields: { [field]: expected },
      retryable: false,
    },
  };
}

/**
 * Request options carry the user's answer to a confirmation challenge, so they get the same care
 * as input: an object with a boolean and a string at most, anything else refused, nothing extra kept.
 */
function parseMeta(meta: unknown): { meta: RequestMeta | undefined } | { error: Envelope } {
  if (meta === undefined) return { meta: undefined };
  if (!isPlainObject(meta)) return { error: invalidMeta('meta', 'Expected an object') };
  const { confirmed, typedConfirmation } = meta;
  if (confirmed !== undefined && typeof confirmed !== 'boolean')
    return { error: invalidMeta('meta.confirmed', 'Expected true or false') };
  if (typedConfirmation !== undefined && typeof typedConfirmation !== 'string') {
    return { error: invalidMeta('meta.typedConfirmation', 'Expected text') };
  }
  return {
    meta: {
      ...(confirmed !== undefined ? { confirmed } : {}),
      ...(typedConfirmation !== undefined ? { typedConfirmation } : {}),
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface StreamOpen {
  id: number;
  channel: string;
  input: unknown;
}

function parseStreamOpen(payload: unknown): StreamOpen | undefined {
  if (!isPlainObject(payload)) return undefined;
  const { id, channel, input } = payload;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0 || typeof channel !== 'string') return undefined;
  return { id, channel, input };
}

function parseStreamId(payload: unknown): number | undefined {
  if (!isPlainObject(payload)) return undefined;
  const { id } = payload;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
}

function sendIfAlive(contents: WebContents, channel: string, payload: unknown): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}

/**
 * Binds the contract to ipcMain: one invoke handler per request channel (never a generic
 * pass-through), and the four stream messages. Returns the function that unbinds everything and
 * cancels every open stream.
 */
export function bindIpc({ dispatcher, isTrustedSender }: IpcBindingOptions): () => void {
  const streams = new StreamRegistry();

  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown, meta: unknown): Promise<Envelope> => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      const options = parseMeta(meta);
      if ('error' in options) return options.error;
      return dispatcher.request(channel, input, options.meta);
    });
  }

  const onOpen = (event: IpcMainEvent, payload: unknown): void => {
    if (!isTrustedSender(event)) return;
    const open = parseStreamOpen(payload);
    if (!open) return;
    const contents = event.sender;
    const refusal = streams.has(contents, open.id)
      ? `Stream ${open.id} is already open.`
      : streams.countOf(contents) >= MAX_STREAMS_PER_PAGE
        ? `Too many open streams (${MAX_STREAMS_PER_PAGE}); close some first.`
        : undefined;
    if (refusal) {
      const error: ErrorEnvelope = { code: ErrorCodes.InvalidInput, message: refusal, retryable: false };
      sendIfAlive(contents, IPC_STREAM_END, { id: open.id, error });
      return;
    }
    let ended = false;
    const cancel = dispatcher.subscribe(open.channel, open.input, {
      event: (streamEvent) => sendIfAlive(contents, IPC_STREAM_EVENT, { id: open.id, event: streamEvent }),
      end: (error) => {
        ended = true;
        streams.forget(contents, open.id);
        sendIfAlive(contents, IPC_STREAM_END, error === undefined ? { id: open.id } : { id: open.id, error });
      },
    });
    // A stream that failed validation has already ended: there is nothing to keep.
    if (!ended) streams.add(contents, open.id, cancel);
  };

  const onClose = (event: IpcMainEvent, payload: unknown): void => {
    if (!isTrustedSender(event)) return;
    const id = parseStreamId(payload);
    if (id !== undefined) streams.cancel(event.sender, id);
  };

  ipcMain.on(IPC_STREAM_OPEN, onOpen);
  ipcMain.on(IPC_STREAM_CLOSE, onClose);

  return () => {
    for (const channel of REQUEST_CHANNELS) ipcMain.removeHandler(channel);
    ipcMain.removeListener(IPC_STREAM_OPEN, onOpen);
    ipcMain.removeListener(IPC_STREAM_CLOSE, onClose);
    streams.cancelAll();
  };
}
