import { invalidToken } from './errors';

/**
 * Offset tokens for the Describe operations. They are opaque to clients (base64 of a small JSON
 * document) and tied to the listing they came from, so a token from another listing is refused.
 */
export function paginate<T>(items: T[], limit: number, nextToken: string | undefined, scope: string): { page: T[]; nextToken?: string } {
  let offset = 0;
  if (nextToken !== undefined) {
    try {
      const decoded = JSON.parse(Buffer.from(nextToken, 'base64url').toString('utf8')) as { o?: unknown; s?: unknown };
      if (typeof decoded.o !== 'number' || !Number.isInteger(decoded.o) || decoded.o < 0 || decoded.s !== scope) throw new Error('bad token');
      offset = decoded.o;
    } catch {
      throw invalidToken();
    }
  }
  const page = items.slice(offset, offset + limit);
  const end = offset + page.length;
  if (end >= items.length) return { page };
  return { page, nextToken: Buffer.from(JSON.stringify({ o: end, s: scope }), 'utf8').toString('base64url') };
}
