import type { Envelope } from '../../../shared/bridge';
import type { ErrorEnvelope } from '../../../shared/errors';
import type { Dispatcher } from '../rpc/dispatcher';

export interface RecentError {
  time: string;
  channel: string;
  code: string;
  message: string;
}

/** The last `size` errors the dispatcher answered with, oldest first: enough to see what went wrong, bounded in memory. */
export class ErrorRing {
  private readonly items: RecentError[] = [];

  constructor(
    private readonly size = 50,
    private readonly now: () => number = Date.now,
  ) {}

  add(channel: string, error: ErrorEnvelope): void {
    this.items.push({ time: new Date(this.now()).toISOString(), channel, code: error.code, message: error.message });
    if (this.items.length > this.size) this.items.splice(0, this.items.length - this.size);
  }

  list(): RecentError[] {
    return [...this.items];
  }
}

/**
 * The same dispatcher, with every error envelope it answers (requests and ended streams) copied
 * into `ring`. A wrapper rather than a hook inside the dispatcher: the dispatcher stays about routing.
 */
export function recordingErrors(dispatcher: Dispatcher, ring: ErrorRing): Dispatcher {
  return {
    async request(channel, input, meta) {
      const envelope: Envelope = await dispatcher.request(channel, input, meta);
      if (!envelope.ok) ring.add(channel, envelope.error);
      return envelope;
    },
    subscribe(channel, input, sink) {
      return dispatcher.subscribe(channel, input, {
        event: (event) => sink.event(event),
        end: (error) => {
          if (error) ring.add(channel, error);
          sink.end(error);
        },
      });
    },
    closeAll: () => dispatcher.closeAll(),
  };
}
