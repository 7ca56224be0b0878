import type { Checker } from '../cloudwatch/input';
import { validationError } from './errors';

/**
 * IAM's Marker paging: MaxItems 1..1000, 100 when absent (IAM API Reference, "MaxItems"); answers
 * IsTruncated and, when true, the Marker of the next page. Markers are tied to their listing.
 */
export function markerPage<T>(
  check: Checker,
  input: Record<string, unknown>,
  items: T[],
  scope: string,
): { page: T[]; IsTruncated: boolean; Marker?: string } {
  const maxItems = check.integer(input.MaxItems, 'maxItems', { min: 1, max: 1000 }) ?? 100;
  const marker = check.string(input.Marker, 'marker', { min: 1, max: 320 });
  check.done();
  const offset = marker === undefined ? 0 : decode(marker, scope);
  const page = items.slice(offset, offset + maxItems);
  const end = offset + page.length;
  return end < items.length ? { page, IsTruncated: true, Marker: encode(end, scope) } : { page, IsTruncated: false };
}

function encode(offset: number, scope: string): string {
  return Buffer.from(JSON.stringify({ o: offset, s: scope }), 'utf8').toString('base64');
}

function decode(marker: string, scope: string): number {
  try {
    const body = JSON.parse(Buffer.from(marker, 'base64').toString('utf8')) as { o?: unknown; s?: unknown };
    if (typeof body.o === 'number' && Number.isInteger(body.o) && body.o >= 0 && body.s === scope) return body.o;
  } catch {
    // fall through
  }
  throw validationError('Invalid Marker.');
}
