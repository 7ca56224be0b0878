/**
 * Picks `size` items spread evenly over `items`, keeping their order. Live Tail shows a uniform
 * sample when a second brings more than 500 events; an even stride is uniform and deterministic.
 */
export function evenSample<T>(items: T[], size: number): T[] {
  if (items.length <= size) return items;
  const picked: T[] = [];
  for (let i = 0; i < size; i++) picked.push(items[Math.floor((i * items.length) / size)] as T);
  return picked;
}
