import type { Event as ElectronEvent, WebContents, WebContentsDidStartNavigationEventParams } from 'electron';

interface Owner {
  streams: Map<number, () => void>;
  detach: () => void;
}

/**
 * Open IPC streams, grouped by the webContents that opened them. A page that goes away
 * (destroyed, crashed, or navigating to a new document) takes all of its streams with it, and a
 * webContents with no open stream leaves no entry and no listener behind.
 */
export class StreamRegistry {
  private readonly owners = new Map<WebContents, Owner>();

  has(contents: WebContents, id: number): boolean {
    return this.owners.get(contents)?.streams.has(id) ?? false;
  }

  /** How many streams a webContents has open. */
  countOf(contents: WebContents): number {
    return this.owners.get(contents)?.streams.size ?? 0;
  }

  add(contents: WebContents, id: number, cancel: () => void): void {
    let owner = this.owners.get(contents);
    if (!owner) {
      owner = { streams: new Map(), detach: this.watch(contents) };
      this.owners.set(contents, owner);
    }
    owner.streams.set(id, cancel);
  }

  /** The stream ended by itself: drop it without cancelling. */
  forget(contents: WebContents, id: number): void {
    const owner = this.owners.get(contents);
    if (!owner) return;
    owner.streams.delete(id);
    if (owner.streams.size === 0) this.release(contents, owner);
  }

  cancel(contents: WebContents, id: number): void {
    const cancel = this.owners.get(contents)?.streams.get(id);
    this.forget(contents, id);
    cancel?.();
  }

  cancelAllOf(contents: WebContents): void {
    const owner = this.owners.get(contents);
    if (!owner) return;
    this.release(contents, owner);
    for (const cancel of owner.streams.values()) cancel();
  }

  cancelAll(): void {
    for (const contents of [...this.owners.keys()]) this.cancelAllOf(contents);
  }

  /** How many webContents hold open streams (for tests and diagnostics). */
  get ownerCount(): number {
    return this.owners.size;
  }

  private release(contents: WebContents, owner: Owner): void {
    this.owners.delete(contents);
    owner.detach();
  }

  private watch(contents: WebContents): () => void {
    const gone = () => this.cancelAllOf(contents);
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
