/** API Gateway's largest page. */
export const PAGE_LIMIT = 500;
/** 10,000 items at most: a detail that asks for more pages than this is not a screen anyone reads. */
const MAX_PAGES = 20;

/** Every item of an API Gateway collection, following `position` page by page. */
export async function allPages<T>(page: (position: string | undefined) => Promise<{ items?: T[] | undefined; position?: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  let position: string | undefined;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    const answer = await page(position);
    items.push(...(answer.items ?? []));
    position = answer.position;
    if (!position) break;
  }
  return items;
}
