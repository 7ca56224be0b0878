import type { Event as ElectronEvent, WebContents, WebContentsDidStartNavigationEventParams } from 'electron';
import type { Connection } from '../core/rpc/connection';

interface Owner {
  connection: Connection;
  detach: () => void;
}

/**
 * One core connection per webContents with open streams. A page that goes away (destroyed,
 * crashed, or navigating to a new document) takes all of its streams with it, and a page with no
 * open stream leaves no entry and no listener behind.
 */
export class ConnectionRegistry {
  private readonly owners = new Map<WebContents, Owner>();

  constructor(private readonly connect: (contents: WebContents) => Connection) {}

  of(contents: WebContents): Connection {
    let owner = this.owners.get(contents);
    if (!owner) {
      owner = { connection: this.connect(contents), detach: this.watch(contents) };
      this.owners.set(contents, owner);
    }
    return owner.connection;
  }

  /** How many webContents hold a connection (for tests and diagnostics). */
  get ownerCount(): number {
    return this.owners.size;
  }

  /** Drops the entry of a page with no open stream, so an idle page leaves no listener behind. */
  settle(contents: WebContents): void {
    const owner = this.owners.get(contents);
    if (owner && owner.connection.openCount === 0) {
      this.owners.delete(contents);
      owner.detach();
    }
  }

  release(contents: WebContents): void {
    const owner = this.owners.get(contents);
    if (!owner) return;
    this.owners.delete(contents);
    owner.detach();
    owner.connection.closeAll();
  }

  releaseAll(): void {
    for (const contents of [...this.owners.keys()]) this.release(contents);
  }

  private watch(contents: WebContents): () => void {
    const gone = () => this.release(contents);
    const navigating = (details: ElectronEvent<WebContentsDidStartNavigationEventParams>) => {
      // Hash and history changes keep the document (and its subscriptions) alive.
      if (details.isMainFrame && !details.isSameDocument) gone();
    };
    contents.on('destroyed', gone);
    contents.on('render-process-gone', gone);
    contents.on('did-start-navigation', navigating);
    return () => {
      contents.removeListener('destroyed', gone);
      contents.removeListener('render-process-gone', gone);
      contents.removeListener('did-start-navigation', navigating);
    };
  }
}
