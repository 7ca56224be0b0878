export interface ListChanges<T> {
  added: T[];
  updated: T[];
  removed: string[];
}

/**
 * What changed between two polls of a list, by key. Items are compared by their JSON form: they are
 * small, plain objects built by the area, so equal JSON means nothing a view shows has changed.
 */
export function diffLists<T>(before: ReadonlyMap<string, string>, after: readonly T[], keyOf: (item: T) => string): ListChanges<T> & { next: Map<string, string> } {
  const next = new Map<string, string>();
  const added: T[] = [];
  const updated: T[] = [];
  for (const item of after) {
    const key = keyOf(item);
    const json = JSON.stringify(item);
    next.set(key, json);
    const previous = before.get(key);
    if (previous === undefined) added.push(item);
    else if (previous !== json) updated.push(item);
  }
  const removed = [...before.keys()].filter((key) => !next.has(key));
  return { added, updated, removed, next };
}

export function hasChanges<T>(changes: ListChanges<T>): boolean {
  return changes.added.length + changes.updated.length + changes.removed.length > 0;
}
