import type { InfiniteData } from '@tanstack/react-query';
import type { WatchEvent } from '../../../../shared/domain/watch';

/** The page shape every live list request answers: what `useLiveList` can page and patch. */
export interface LivePage<T> {
  items: T[];
  nextToken?: string;
  /** The endpoint lacks an operation and the list shows less: said once, above the list. */
  notice?: string;
}

export type LiveData<T> = InfiniteData<LivePage<T>, string | undefined>;

/*
 * Pure patches of the cached pages by one watch event. Kept apart from the hook so the merge rules
 * (the part that decides what the user sees) are plain functions, readable and tested alone.
 */

/**
 * A snapshot is the watcher's view of the newest items only: it replaces the first page's items and
 * drops its keys from older pages (an item can move up when pages shift), but keeps those older
 * pages, which the user loaded on purpose and the watcher never sees.
 */
function applySnapshot<T>(data: LiveData<T>, items: T[], keyOf: (item: T) => string): LiveData<T> {
  const fresh = new Set(items.map(keyOf));
  const pages = data.pages.map((page, index) =>
    index === 0 ? { ...page, items } : { ...page, items: page.items.filter((item) => !fresh.has(keyOf(item))) },
  );
  return { ...data, pages };
}

function applyChanges<T>(
  data: LiveData<T>,
  change: { added: T[]; updated: T[]; removed: string[] },
  keyOf: (item: T) => string,
): LiveData<T> {
  const removed = new Set(change.removed);
  const replacements = new Map<string, T>();
  for (const item of [...change.added, ...change.updated]) replacements.set(keyOf(item), item);
  const placed = new Set<string>();
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.flatMap((item) => {
      const key = keyOf(item);
      if (removed.has(key)) return [];
      const next = replacements.get(key);
      if (next === undefined) return [item];
      placed.add(key);
      return [next];
    }),
  }));
  // Whatever is new to every loaded page goes on top of the first: watchers report the newest items.
  const fresh = [...replacements].filter(([key]) => !placed.has(key) && !removed.has(key)).map(([, item]) => item);
  const [first, ...rest] = pages;
  if (!first) return data;
  return { ...data, pages: [{ ...first, items: [...fresh, ...first.items] }, ...rest] };
}

/** The cache after one event; `undefined` while nothing was listed yet (the list answer will come). */
export function patchLiveData<T>(
  data: LiveData<T> | undefined,
  event: WatchEvent<T>,
  keyOf: (item: T) => string,
): LiveData<T> | undefined {
  if (event.type === 'error') return data;
  if (!data) {
    // Before the first page arrives a snapshot is as good a first page as any; a bare change is not.
    return event.type === 'snapshot' ? { pages: [{ items: event.items }], pageParams: [undefined] } : data;
  }
  return event.type === 'snapshot' ? applySnapshot(data, event.items, keyOf) : applyChanges(data, event, keyOf);
}

/** Every loaded item once, in page order: pages can overlap when AWS lists shift between calls. */
export function flattenPages<T>(data: LiveData<T> | undefined, keyOf: (item: T) => string): T[] {
  if (!data) return [];
  const seen = new Set<string>();
  const items: T[] = [];
  for (const page of data.pages) {
    for (const item of page.items) {
      const key = keyOf(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
