import { AwsError } from '../../types';

/** Opaque NextToken pages (base64 of the list and offset), at most `max` per page. */
export function page<T>(list: string, items: T[], nextToken: string | undefined, maxResults: number | undefined, max = 50): { items: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    try {
      const body = JSON.parse(Buffer.from(nextToken, 'base64').toString('utf8')) as { list?: string; offset?: number };
      if (body.list !== list || typeof body.offset !== 'number') throw new Error('foreign token');
      start = body.offset;
    } catch {
      // The model's InvalidNextTokenException ("The next token supplied was invalid."), not a ValidationException.
      throw new AwsError('InvalidNextTokenException', 'Invalid NextToken', 400);
    }
  }
  const size = maxResults ?? max;
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return end < items.length ? { items: slice, nextToken: Buffer.from(JSON.stringify({ list, offset: end })).toString('base64') } : { items: slice };
}
