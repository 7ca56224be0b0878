import type { ClientMessage, ServerMessage } from '../../../shared/bridge';
import type { SocketLike } from '../../../renderer/src/bridge/web-client';

/** A WebSocket the test opens, feeds and drops by hand; it records what the client sent. */
export class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: ClientMessage[] = [];
  closedByClient = false;
  onopen: ((event: Event) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('send on a socket that is not open');
    this.sent.push(JSON.parse(data) as ClientMessage);
  }

  close(): void {
    this.closedByClient = true;
    this.readyState = 3;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(message: ServerMessage | string): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);
    this.onmessage?.(new MessageEvent('message', { data }));
  }

  drop(): void {
    this.readyState = 3;
    this.onerror?.(new Event('error'));
    this.onclose?.(new CloseEvent('close', { code: 1006 }));
  }
}

/** Timers the test fires explicitly, so reconnect backoff is checked without waiting. */
export class ManualScheduler {
  readonly timers: { run: () => void; ms: number; cancelled: boolean }[] = [];

  readonly schedule = (run: () => void, ms: number) => {
    const timer = { run, ms, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };

  pending() {
    return this.timers.filter((timer) => !timer.cancelled);
  }

  /** Fires every timer that is due now and not cancelled. */
  fireAll(): void {
    const due = this.pending();
    for (const timer of due) {
      timer.cancelled = true;
      timer.run();
    }
  }
}
