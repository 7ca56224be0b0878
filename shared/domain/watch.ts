/**
 * What a resource watcher sends: the full current list first, then only what changed, batched
 * per poll. `error` says polling failed (throttled, access denied) and when it tries again; the
 * list already on screen stays.
 */
export type WatchEvent<T> =
  | { type: 'snapshot'; items: T[] }
  | { type: 'changes'; added: T[]; updated: T[]; removed: string[] }
  | { type: 'error'; code: string; message: string; retryInMs: number };
