/** One page of a paginated AWS list: its items and the token of the next page. */
export interface Page<T> {
  items: T[];
  next?: string | undefined;
}

/**
 * Every item of a paginated list, up to `maxPages` pages: the overview counts things, and an
 * account with tens of thousands of them should cost a bounded number of calls, not all of them.
 * `truncated` says the count is a lower bound.
 */
export async function collectPages<T>(fetch: (token: string | undefined) => Promise<Page<T>>, maxPages: number): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await fetch(token);
    items.push(...answer.items);
    token = answer.next;
    if (!token) return { items, truncated: false };
  }
  return { items, truncated: true };
}
