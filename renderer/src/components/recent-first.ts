/**
 * Items named in `recent` first, in that order, then every other item in its own order. Recent
 * names that no longer exist (a profile removed from ~/.aws/config) are skipped.
 */
export function recentFirst<T>(
  items: readonly T[],
  recent: readonly string[],
  nameOf: (item: T) => string,
): { recent: T[]; rest: T[] } {
  const byName = new Map(items.map((item) => [nameOf(item), item]));
  const seen = new Set<string>();
  const first: T[] = [];
  for (const name of recent) {
    const item = byName.get(name);
    if (item === undefined || seen.has(name)) continue;
    seen.add(name);
    first.push(item);
  }
  return { recent: first, rest: items.filter((item) => !seen.has(nameOf(item))) };
}
