import type { AwsError } from '../../types';

/**
 * Opaque page tokens (base64 of the list's name and an offset), shared by the Tagging API's
 * PaginationToken and KMS's Marker; a token from elsewhere is the caller's `invalid` error.
 */
export function offsetPage<T>(list: string, items: T[], token: string | undefined, size: number, invalid: () => AwsError): { items: T[]; next?: string } {
  let start = 0;
  if (token !== undefined && token !== '') {
    let body: { list?: unknown; offset?: unknown } | undefined;
    try {
      body = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { list?: unknown; offset?: unknown };
    } catch {
      body = undefined;
    }
    if (body?.list !== list || typeof body.offset !== 'number' || body.offset < 0) throw invalid();
    start = body.offset;
  }
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return end < items.length ? { items: slice, next: Buffer.from(JSON.stringify({ list, offset: end })).toString('base64') } : { items: slice };
}
