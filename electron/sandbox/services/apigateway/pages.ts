import { badRequest } from './errors';
import { optInt, optString, type Input } from './input';

/** API Gateway's collection pages: `limit` 1..500, default 25 (API reference, e.g. GetRestApis). */
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 500;

export interface Page<T> {
  item: T[];
  position?: string;
}

/** `position` is opaque on AWS; here it is the next item's offset, base64url so it reads as a token. */
export function paginate<T>(input: Input, items: T[]): Page<T> {
  const limit = optInt(input, 'limit') ?? DEFAULT_LIMIT;
  if (limit < 1 || limit > MAX_LIMIT)
    throw badRequest(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : `less than or equal to ${MAX_LIMIT}`}`);
  const start = decodePosition(optString(input, 'position'));
  const item = items.slice(start, start + limit);
  const end = start + item.length;
  return end < items.length ? { item, position: Buffer.from(`offset:${end}`).toString('base64url') } : { item };
}

function decodePosition(position: string | undefined): number {
  if (position === undefined || position === '') return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(position, 'base64url').toString('utf8'));
  if (!match) throw badRequest('Invalid position parameter');
  return Number(match[1]);
}
