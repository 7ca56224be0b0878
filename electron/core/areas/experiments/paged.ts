/** One page of a SageMaker list or Search: its items and the token of the next, if any. */
export interface Page<T> {
  items: T[];
  nextToken?: string | undefined;
}

/**
 * Reads pages until the list runs out or `limit` items are kept (`keep` filters what AWS cannot);
 * `capped` says items were left unread.
 */
export async function readPages<T>(
  read: (token: string | undefined) => Promise<Page<T>>,
  options: { limit?: number; keep?: (item: T) => boolean } = {},
): Promise<{ items: T[]; capped: boolean }> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await read(token);
    items.push(...(options.keep ? page.items.filter(options.keep) : page.items));
    token = page.nextToken;
  } while (token && items.length < limit);
  return { items: items.slice(0, limit), capped: Boolean(token) || items.length > limit };
}
