import type { Connection } from '../../../electron/core/rpc/connection';
import type { FakeCore } from './fake-core';
import { FakeSocket } from './fake-socket';

/**
 * A fake socket with the fake core behind it: each socket is one client of the real connection
 * server, which parses the web host's messages as it does for a real WebSocket.
 */
export class HostSocket extends FakeSocket {
  private readonly connection: Connection;

  constructor(url: string, core: FakeCore) {
    super(url);
    this.connection = core.connect((message) => {
      if (this.readyState === 1) this.receive(message);
    });
  }

  override send(data: string): void {
    super.send(data);
    this.connection.receive(data);
  }

  /** The host side goes away: its streams stop, as the real host's do when a socket closes. */
  override drop(): void {
    this.connection.closeAll();
    super.drop();
  }
}
