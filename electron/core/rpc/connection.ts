import type { ClientMessage, Envelope, ServerMessage } from '../../../shared/bridge';
import type { RequestMeta } from '../../../shared/contract';
import { ErrorCodes, type ErrorEnvelope } from '../../../shared/errors';
import type { Dispatcher } from './dispatcher';

/**
 * Far more than the screens ever hold open at once; a client that asks for more is misbehaving and
 * must not make the host hold unbounded subscriptions for it.
 */
export const MAX_STREAMS_PER_CONNECTION = 256;

/**
 * One client of the host (an Electron page, a browser tab over the WebSocket): its open streams,
 * their cap, and the checks every message gets before the dispatcher sees it. Both hosts use this,
 * so they refuse the same malformed input the same way.
 */
export interface Connection {
  request(channel: unknown, input: unknown, meta: unknown): Promise<Envelope>;
  open(id: unknown, channel: unknown, input: unknown): void;
  close(id: unknown): void;
  /** For message transports: one raw client message. False when it is not a message at all. */
  receive(raw: string): boolean;
  /** The client went away: every stream it opened stops. */
  closeAll(): void;
  readonly openCount: number;
}

function invalid(message: string, fields?: Record<string, string>): ErrorEnvelope {
  return { code: ErrorCodes.InvalidInput, message, retryable: false, ...(fields ? { fields } : {}) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Request options carry the user's answer to a confirmation challenge, so they get the same care
 * as input: an object with a boolean and a string at most, wrong types refused, unknown keys dropped.
 */
export function parseMeta(meta: unknown): { meta: RequestMeta | undefined } | { error: ErrorEnvelope } {
  if (meta === undefined) return { meta: undefined };
  const refuse = (field: string, expected: string) => ({ error: invalid('The request options are not valid.', { [field]: expected }) });
  if (!isPlainObject(meta)) return refuse('meta', 'Expected an object');
  const { confirmed, typedConfirmation } = meta;
  if (confirmed !== undefined && typeof confirmed !== 'boolean') return refuse('meta.confirmed', 'Expected true or false');
  if (typedConfirmation !== undefined && typeof typedConfirmation !== 'string') return refuse('meta.typedConfirmation', 'Expected text');
  return {
    meta: {
      ...(confirmed !== undefined ? { confirmed } : {}),
      ...(typedConfirmation !== undefined ? { typedConfirmation } : {}),
    },
  };
}

function isStreamId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0;
}

function parseMessage(raw: string): ClientMessage | undefined {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(message) || !isStreamId(message.id)) return undefined;
  if ((message.t === 'req' || message.t === 'sub') && typeof message.channel === 'string') return message as ClientMessage;
  return message.t === 'unsub' ? (message as ClientMessage) : undefined;
}

export function createConnection(dispatcher: Dispatcher, send: (message: ServerMessage) => void, maxStreams = MAX_STREAMS_PER_CONNECTION): Connection {
  const streams = new Map<number, () => void>();

  const connection: Connection = {
    async request(channel, input, meta) {
      const options = parseMeta(meta);
      if ('error' in options) return { ok: false, error: options.error };
      if (typeof channel !== 'string') return { ok: false, error: invalid('The channel must be a string.') };
      return dispatcher.request(channel, input, options.meta);
    },

    open(id, channel, input) {
      if (!isStreamId(id) || typeof channel !== 'string') return;
      const refusal = streams.has(id)
        ? `Stream ${id} is already open.`
        : streams.size >= maxStreams
          ? `Too many open streams (${maxStreams}); close some first.`
          : undefined;
      if (refusal) {
        send({ t: 'end', id, error: invalid(refusal) });
        return;
      }
      let ended = false;
      const cancel = dispatcher.subscribe(channel, input, {
        event: (event) => send({ t: 'ev', id, event }),
        end: (error) => {
          ended = true;
          streams.delete(id);
          send(error ? { t: 'end', id, error } : { t: 'end', id });
        },
      });
      // A stream that failed validation has already ended: there is nothing to keep.
      if (!ended) streams.set(id, cancel);
    },

    close(id) {
      if (!isStreamId(id)) return;
      const cancel = streams.get(id);
      streams.delete(id);
      cancel?.();
    },

    receive(raw) {
      const message = parseMessage(raw);
      if (!message) return false;
      if (message.t === 'req') {
        void connection.request(message.channel, message.input, message.meta).then((envelope) => send({ t: 'res', id: message.id, envelope }));
      } else if (message.t === 'sub') connection.open(message.id, message.channel, message.input);
      else connection.close(message.id);
      return true;
    },

    closeAll() {
      const cancels = [...streams.values()];
      streams.clear();
      for (const cancel of cancels) cancel();
    },

    get openCount() {
      return streams.size;
    },
  };
  return connection;
}
