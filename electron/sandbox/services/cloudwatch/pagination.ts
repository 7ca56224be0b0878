import { invalidNextToken } from './errors';

/** Opaque offset tokens, tied to the listing (scope) they came from. */
export function decodeToken(token: string | undefined, scope: string): number {
  if (token === undefined) return 0;
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; s?: unknown };
    if (typeof decoded.o === 'number' && Number.isInteger(decoded.o) && decoded.o >= 0 && decoded.s === scope)
      return decoded.o;
  } catch {
    // fall through to the error
  }
  throw invalidNextToken();
}

export function encodeToken(offset: number, scope: string): string {
  return Buffer.from(JSON.stringify({ o: offset, s: scope }), 'utf8').toString('base64url');
}

export function paginate<T>(items: T[], limit: number, token: string | undefined, scope: string): { page: T[]; nextToken?: string } {
  const offset = decodeToken(token, scope);
  const page = items.slice(offset, offset + limit);
  const end = offset + page.length;
  return end < items.length ? { page, nextToken: encodeToken(end, scope) } : { page };
}
