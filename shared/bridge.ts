import type { ErrorEnvelope } from './errors';
import type { RequestMeta } from './contract';

/** What a host answers to one request: exactly one of result or error. */
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: ErrorEnvelope };

/**
 * `window.sagedeck` in Electron (preload) and the WebSocket client in a browser both implement this.
 * It is deliberately untyped on channels: the typed client in renderer/src/bridge wraps it.
 */
export interface SageDeckBridge {
  request(channel: string, input: unknown, meta?: RequestMeta): Promise<Envelope>;
  /** Returns a function that cancels the stream; the host stops its work when called. */
  subscribe(
    channel: string,
    input: unknown,
    onEvent: (event: unknown) => void,
    onEnd: (error?: ErrorEnvelope) => void,
  ): () => void;
}

/** Messages on the web host's WebSocket. IPC carries the same payloads on its own channels. */
export type ClientMessage =
  | { t: 'req'; id: number; channel: string; input: unknown; meta?: RequestMeta }
  | { t: 'sub'; id: number; channel: string; input: unknown }
  | { t: 'unsub'; id: number };

export type ServerMessage =
  | { t: 'res'; id: number; envelope: Envelope }
  | { t: 'ev'; id: number; event: unknown }
  | { t: 'end'; id: number; error?: ErrorEnvelope };

/** IPC channel names used by the preload for streams (requests use the contract channel itself). */
export const IPC_STREAM_OPEN = 'sagedeck:stream-open';
export const IPC_STREAM_CLOSE = 'sagedeck:stream-close';
export const IPC_STREAM_EVENT = 'sagedeck:stream-event';
export const IPC_STREAM_END = 'sagedeck:stream-end';
