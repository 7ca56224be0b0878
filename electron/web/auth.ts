import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE_NAME = 'sagedeck_session';

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Loopback is not a security boundary on a shared machine: any local process or web page could
 * call the host. A one-time token printed to the terminal is traded, on first use, for an HttpOnly
 * SameSite=Strict cookie; after that only the cookie works, and the token is spent.
 */
export class WebAuth {
  readonly token = randomBytes(24).toString('hex');
  private readonly sessionSecret = randomBytes(32).toString('hex');
  private tokenSpent = false;

  /** True (and the token is spent) when the query carries the unspent token. */
  redeemToken(candidate: string | null): boolean {
    if (this.tokenSpent || !candidate || !safeEqual(candidate, this.token)) return false;
    this.tokenSpent = true;
    return true;
  }

  hasSession(request: IncomingMessage): boolean {
    const value = cookieValue(request.headers.cookie, COOKIE_NAME);
    return value !== undefined && safeEqual(value, this.sessionSecret);
  }

  sessionCookie(): string {
    return `${COOKIE_NAME}=${this.sessionSecret}; HttpOnly; SameSite=Strict; Path=/`;
  }
}

/**
 * Only our own origin may open the socket, and only under our own host name: this also stops DNS
 * rebinding, where a foreign page resolves its name to 127.0.0.1.
 */
export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
