import { validationError } from './errors';

/**
 * ELBv2's Marker paging: an opaque marker for the next page, tied to the listing it came from.
 * PageSize 1..400 (the API reference's range), all remaining items when absent.
 */
export function markerPage<T>(items: T[], marker: string | undefined, pageSize: number | undefined, scope: string): { page: T[]; NextMarker?: string } {
  let offset = 0;
  if (marker !== undefined) {
    try {
      const body = JSON.parse(Buffer.from(marker, 'base64').toString('utf8')) as { o?: unknown; s?: unknown };
      if (typeof body.o !== 'number' || body.s !== scope) throw new Error('foreign marker');
      offset = body.o;
    } catch {
      throw validationError('Invalid value for Marker');
    }
  }
  const size = pageSize ?? 400;
  const page = items.slice(offset, offset + size);
  const end = offset + page.length;
  return end < items.length ? { page, NextMarker: Buffer.from(JSON.stringify({ o: end, s: scope })).toString('base64') } : { page };
}
