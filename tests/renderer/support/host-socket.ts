import type { ClientMessage, ServerMessage } from '../../../shared/bridge';
import type { FakeHost } from './fake-bridge';
import { FakeSocket } from './fake-socket';

/** A fake socket with the in-memory host behind it, speaking the web host's message protocol. */
export class HostSocket extends FakeSocket {
  private readonly stops = new Map<number, () => void>();

  constructor(
    url: string,
    private readonly host: FakeHost,
  ) {
    super(url);
  }

  override send(data: string): void {
    super.send(data);
    const message = JSON.parse(data) as ClientMessage;
    if (message.t === 'req') {
      void this.host.request(message.channel, message.input, message.meta).then((envelope) => {
        this.reply({ t: 'res', id: message.id, envelope });
      });
    } else if (message.t === 'sub') {
      const stop = this.host.subscribe(
        message.channel,
        message.input,
        (event) => this.reply({ t: 'ev', id: message.id, event }),
        (error) => this.reply(error ? { t: 'end', id: message.id, error } : { t: 'end', id: message.id }),
      );
      this.stops.set(message.id, stop);
    } else {
      this.stops.get(message.id)?.();
      this.stops.delete(message.id);
    }
  }

  /** The host side goes away: its streams stop, as the real host's do when a socket closes. */
  override drop(): void {
    for (const stop of this.stops.values()) stop();
    this.stops.clear();
    super.drop();
  }

  private reply(message: ServerMessage): void {
    if (this.readyState === 1) this.receive(message);
  }
}
