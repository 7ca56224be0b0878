import type { ClientMessage, Envelope, SageDeckBridge, ServerMessage } from '../../../shared/bridge';
import type { RequestMeta } from '../../../shared/contract';
import { ErrorCodes, type ErrorEnvelope } from '../../../shared/errors';
import { reconnectDelay } from './backoff';

/** The slice of the browser WebSocket the client uses, so tests can hand in a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** `ended`: the host no longer knows this page's session (it restarted); only a new address helps. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'ended';

/** The slice of `fetch` the session probe needs. */
export type ProbeFetch = (url: string, init: RequestInit) => Promise<{ status: number }>;

export interface WebClientOptions {
  url: string;
  createSocket?: (url: string) => SocketLike;
  /** Timer seam: tests drive reconnects with a manual clock instead of waiting. */
  schedule?: (run: () => void, ms: number) => () => void;
  /** Fetch seam for the session probe; defaults to the page's own `fetch`. */
  fetch?: ProbeFetch;
  /** The same-origin page the probe loads; its 401 means the host no longer knows our cookie. */
  probeUrl?: string;
}

export interface WebBridge extends SageDeckBridge {
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Closes the socket for good: pending requests fail, streams end, no reconnect. */
  close(): void;
}

const OPEN = 1;

export const ENDED_MESSAGE =
  'This SageDeck session has ended (the web host restarted). Open the new address printed on its SAGEDECK READY line.';

interface OpenStream {
  channel: string;
  input: unknown;
  onEvent: (event: unknown) => void;
  onEnd: (error?: ErrorEnvelope) => void;
}

function disconnected(message: string): ErrorEnvelope {
  return { code: ErrorCodes.Disconnected, message, retryable: true };
}

export function rpcUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/rpc`;
}

/**
 * SageDeckBridge over the web host's WebSocket. The host authenticates the socket with the
 * HttpOnly cookie it set on page load, so nothing here touches a token. On a drop, requests in
 * flight fail with Disconnected (the caller decides whether to retry; mutations must not be
 * replayed blindly), while open streams are re-subscribed once the socket is back.
 */
export function createWebBridge(options: WebClientOptions): WebBridge {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as SocketLike);
  const schedule =
    options.schedule ??
    ((run: () => void, ms: number) => {
      const handle = setTimeout(run, ms);
      return () => clearTimeout(handle);
    });

  let socket: SocketLike | undefined;
  let status: ConnectionStatus = 'connecting';
  let attempt = 0;
  let cancelRetry: (() => void) | undefined;
  const probeFetch: ProbeFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const probeUrl = options.probeUrl ?? '/';
  let nextId = 1;
  const pending = new Map<number, { message: ClientMessage; resolve: (envelope: Envelope) => void; sent: boolean }>();
  const streams = new Map<number, OpenStream>();
  const listeners = new Set<(status: ConnectionStatus) => void>();

  const setStatus = (next: ConnectionStatus) => {
    if (status === next) return;
    status = next;
    for (const listener of [...listeners]) listener(next);
  };

  const send = (message: ClientMessage): boolean => {
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };

  const failPending = (message: string) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.resolve({ ok: false, error: disconnected(message) });
  };

  const handleMessage = (raw: unknown) => {
    if (typeof raw !== 'string') return;
    let message: ServerMessage;
    try {
      message = JSON.parse(raw) as ServerMessage;
    } catch {
      return;
    }
    if (message.t === 'res') {
      const entry = pending.get(message.id);
      if (!entry) return;
      pending.delete(message.id);
      entry.resolve(message.envelope);
    } else if (message.t === 'ev') {
      streams.get(message.id)?.onEvent(message.event);
    } else if (message.t === 'end') {
      const stream = streams.get(message.id);
      if (!stream) return;
      streams.delete(message.id);
      stream.onEnd(message.error);
    }
  };

  const isFinal = () => status === 'closed' || status === 'ended';

  /** Stops for good: no reconnect, pending requests fail, open streams end. */
  const shutDown = (next: 'closed' | 'ended', message: string) => {
    setStatus(next);
    cancelRetry?.();
    cancelRetry = undefined;
    const current = socket;
    socket = undefined;
    current?.close(1000, 'client closed');
    failPending(message);
    const open = [...streams.values()];
    streams.clear();
    for (const stream of open) stream.onEnd(disconnected(message));
  };

  /**
   * A browser WebSocket hides the upgrade's HTTP status, so a refused upgrade (401 after the host
   * restarted with a new cookie secret) looks like the host being down. Loading the page itself
   * with the same cookie tells the two apart; the retry stays scheduled meanwhile, so a probe that
   * hangs never stalls reconnecting.
   */
  const probeSession = () => {
    probeFetch(probeUrl, { cache: 'no-store', redirect: 'manual', credentials: 'same-origin' }).then(
      (response) => {
        if (response.status === 401 && !isFinal() && status !== 'open') {
          shutDown('ended', ENDED_MESSAGE);
        }
      },
      () => {
        // Network error: the host is down, not restarted yet; keep backing off.
      },
    );
  };

  const connect = () => {
    cancelRetry = undefined;
    const current = createSocket(options.url);
    socket = current;
    let opened = false;
    current.onopen = () => {
      if (socket !== current) return;
      opened = true;
      attempt = 0;
      for (const entry of pending.values()) {
        if (!entry.sent) entry.sent = send(entry.message);
      }
      for (const [id, stream] of streams) send({ t: 'sub', id, channel: stream.channel, input: stream.input });
      setStatus('open');
    };
    current.onmessage = (event) => {
      if (socket === current) handleMessage(event.data);
    };
    current.onerror = () => {
      // A close event always follows an error; reconnecting is handled there.
    };
    current.onclose = () => {
      if (socket !== current) return;
      socket = undefined;
      failPending('The connection to SageDeck was lost. Try again when it is back.');
      if (isFinal()) return;
      setStatus('reconnecting');
      cancelRetry = schedule(connect, reconnectDelay(attempt++));
      if (!opened) probeSession();
    };
  };

  const finalMessage = () => (status === 'ended' ? ENDED_MESSAGE : 'SageDeck is closed.');

  connect();

  return {
    request(channel: string, input: unknown, meta?: RequestMeta): Promise<Envelope> {
      if (isFinal()) return Promise.resolve({ ok: false, error: disconnected(finalMessage()) });
      const id = nextId++;
      const message: ClientMessage = meta ? { t: 'req', id, channel, input, meta } : { t: 'req', id, channel, input };
      return new Promise<Envelope>((resolve) => {
        pending.set(id, { message, resolve, sent: send(message) });
      });
    },

    subscribe(channel, input, onEvent, onEnd) {
      const id = nextId++;
      if (isFinal()) {
        onEnd(disconnected(finalMessage()));
        return () => {};
      }
      streams.set(id, { channel, input, onEvent, onEnd });
      send({ t: 'sub', id, channel, input });
      return () => {
        if (!streams.delete(id)) return;
        send({ t: 'unsub', id });
      };
    },

    status: () => status,

    onStatus(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    close() {
      // An ended session stays ended: its banner is what the user needs to see.
      if (isFinal()) return;
      shutDown('closed', 'SageDeck is closed.');
    },
  };
}
