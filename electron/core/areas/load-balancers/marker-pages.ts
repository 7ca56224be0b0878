/** ELBv2's Describe calls take at most 400 a page (PageSize) and continue with Marker / NextMarker. */
export const ELB_PAGE_SIZE = 400;

export interface MarkerPage<T> {
  items: T[];
  nextMarker: string | undefined;
}

/** The paging members of a Describe call: 400 a page, from `marker` when continuing. */
export const pageInput = (marker: string | undefined) => ({ PageSize: ELB_PAGE_SIZE, ...(marker ? { Marker: marker } : {}) });

export interface MarkerPages<T> {
  items: T[];
  /** AWS holds more than the pages read. */
  truncated: boolean;
}

/** Reads pages until AWS has no more or `maxPages` were read. */
export async function readMarkerPages<T>(page: (marker: string | undefined) => Promise<MarkerPage<T>>, maxPages = 25): Promise<MarkerPages<T>> {
  const items: T[] = [];
  let marker: string | undefined;
  let pages = 0;
  do {
    const answer = await page(marker);
    items.push(...answer.items);
    marker = answer.nextMarker;
    pages += 1;
  } while (marker && pages < maxPages);
  return { items, truncated: marker !== undefined };
}
