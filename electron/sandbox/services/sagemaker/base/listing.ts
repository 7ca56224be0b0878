import { validationException } from './errors';

export type SortOrderValue = 'Ascending' | 'Descending';

/**
 * Sorts by a key and breaks ties by name so pages never shuffle between calls.
 * Strings compare by code point, as SageMaker's name sort does (upper case first).
 */
export function sortItems<T>(
  items: T[],
  key: (item: T) => string | number,
  order: SortOrderValue,
  tieBreak: (item: T) => string,
): T[] {
  const sign = order === 'Descending' ? -1 : 1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...items].sort((a, b) => sign * (compare(key(a), key(b)) || compare(tieBreak(a), tieBreak(b))));
}

interface TokenBody {
  /** Which list the token belongs to, so a token from another call is refused. */
  list: string;
  offset: number;
}

/** Opaque tokens: base64 of where the next page starts. */
export function paginate<T>(
  list: string,
  items: T[],
  nextToken: string | undefined,
  maxResults: number | undefined,
  defaultMax = 10,
): { page: T[]; nextToken: string | undefined } {
  const start = nextToken ? decodeToken(list, nextToken) : 0;
  const size = maxResults ?? defaultMax;
  const page = items.slice(start, start + size);
  const end = start + page.length;
  return {
    page,
    nextToken: end < items.length ? Buffer.from(JSON.stringify({ list, offset: end } satisfies TokenBody)).toString('base64') : undefined,
  };
}

function decodeToken(list: string, token: string): number {
  try {
    const body = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as Partial<TokenBody>;
    if (body.list === list && typeof body.offset === 'number' && body.offset >= 0) return body.offset;
  } catch {
    // fall through to AWS's answer for a token it did not issue
  }
  throw validationException('Invalid pagination token');
}

/** NameContains filters are case-insensitive in SageMaker's List APIs. */
export function nameContains(name: string, fragment: string | undefined): boolean {
  return fragment === undefined || name.toLowerCase().includes(fragment.toLowerCase());
}
