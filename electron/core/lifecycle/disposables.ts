/** Anything that holds a resource (a poller, a socket, a file watcher) and can let it go. */
export interface Disposable {
  dispose(): void | Promise<void>;
}

/**
 * Collects disposables and releases them in reverse order of registration, so what was built on
 * top of something is torn down before it. One failing dispose does not stop the others.
 */
export class DisposableStore implements Disposable {
  private readonly items: Disposable[] = [];
  private disposed = false;

  add<T extends Disposable>(item: T): T {
    if (this.disposed) {
      void item.dispose();
      return item;
    }
    this.items.push(item);
    return item;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const errors: unknown[] = [];
    for (const item of this.items.reverse()) {
      try {
        await item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    this.items.length = 0;
    if (errors.length > 0) throw new AggregateError(errors, 'Some resources failed to close.');
  }
}

export function toDisposable(dispose: () => void | Promise<void>): Disposable {
  return { dispose };
}
