/**
 * The whole surface the renderer gets: window.sagedeck = { request, subscribe }. Every IPC
 * channel it can reach is either a contract request channel (checked against the allow-list
 * before invoke) or one of the four fixed stream channels. No ipcRenderer, no channel passed
 * through unchecked. Reviewed in docs/security.md (PRELOAD_JS_CHECK).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_STREAM_CLOSE, IPC_STREAM_END, IPC_STREAM_EVENT, IPC_STREAM_OPEN } from '../../shared/bridge';
import type { Envelope, SageDeckBridge } from '../../shared/bridge';
import { isRequestChannel, isStreamChannel } from '../../shared/contract/channels';
import type { RequestMeta } from '../../shared/contract';
import { ErrorCodes } from '../../shared/errors';
import type { ErrorEnvelope } from '../../shared/errors';

interface StreamListener {
  onEvent: (event: unknown) => void;
  onEnd: (error?: ErrorEnvelope) => void;
}

const listeners = new Map<number, StreamListener>();
let nextStreamId = 1;

function unknownChannel(kind: string, channel: unknown): ErrorEnvelope {
  return { code: ErrorCodes.UnknownChannel, message: `Unknown ${kind}: ${String(channel)}`, retryable: false };
}

function readId(payload: unknown): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const id = (payload as { id?: unknown }).id;
  return typeof id === 'number' ? id : undefined;
}

ipcRenderer.on(IPC_STREAM_EVENT, (_event, payload: unknown) => {
  const id = readId(payload);
  if (id === undefined) return;
  listeners.get(id)?.onEvent((payload as { event?: unknown }).event);
});

ipcRenderer.on(IPC_STREAM_END, (_event, payload: unknown) => {
  const id = readId(payload);
  if (id === undefined) return;
  const listener = listeners.get(id);
  listeners.delete(id);
  listener?.onEnd((payload as { error?: ErrorEnvelope }).error);
});

async function request(channel: string, input: unknown, meta?: RequestMeta): Promise<Envelope> {
  if (!isRequestChannel(channel)) return { ok: false, error: unknownChannel('request', channel) };
  try {
    return (await ipcRenderer.invoke(channel, input, meta)) as Envelope;
  } catch (error) {
    // invoke rejects when the input cannot be cloned or main is gone: still answer with an envelope.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: ErrorCodes.Disconnected, message, retryable: true } };
  }
}

function subscribe(
  channel: string,
  input: unknown,
  onEvent: (event: unknown) => void,
  onEnd: (error?: ErrorEnvelope) => void,
): () => void {
  if (!isStreamChannel(channel)) {
    onEnd(unknownChannel('stream', channel));
    return () => {};
  }
  const id = nextStreamId++;
  listeners.set(id, { onEvent, onEnd });
  try {
    ipcRenderer.send(IPC_STREAM_OPEN, { id, channel, input });
  } catch (error) {
    // send throws synchronously when the input cannot be cloned.
    listeners.delete(id);
    const message = error instanceof Error ? error.message : String(error);
    onEnd({ code: ErrorCodes.InvalidInput, message, retryable: false });
    return () => {};
  }
  return () => {
    if (!listeners.delete(id)) return;
    ipcRenderer.send(IPC_STREAM_CLOSE, { id });
  };
}

const bridge: SageDeckBridge = Object.freeze({ request, subscribe });

contextBridge.exposeInMainWorld('sagedeck', bridge);
