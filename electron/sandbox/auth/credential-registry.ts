import { randomBytes } from 'node:crypto';
import type { Caller, Clock, CredentialIssuer, IssueCredentialsRequest, IssuedCredentials } from '../types';

export interface CredentialRecord {
  secretAccessKey: string;
  /** Present for temporary credentials: requests must carry exactly this token. */
  sessionToken?: string;
  /** Epoch milliseconds on the sandbox clock; absent for long-term keys. */
  expiresAt?: number;
  caller: Caller;
}

export type CredentialLookup =
  { ok: true; record: CredentialRecord } | { ok: false; reason: 'unknownKey' | 'badToken' | 'expired' };

interface StoredTemporary {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiresAt: number;
  caller: Caller;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomKeyId(prefix: string): string {
  let id = prefix;
  for (const byte of randomBytes(16)) id += BASE32[byte % 32];
  return id;
}

/**
 * Every access key the sandbox accepts: the long-term keys it was started with and the temporary
 * ones STS (and later the SSO portal) issued. Expiry is judged on the sandbox clock, so tests move
 * time instead of waiting.
 */
export class CredentialRegistry implements CredentialIssuer {
  private readonly records = new Map<string, CredentialRecord>();

  constructor(private readonly clock: Clock) {}

  addLongTerm(accessKeyId: string, secretAccessKey: string, identity: Omit<Caller, 'accessKeyId'>): void {
    this.records.set(accessKeyId, { secretAccessKey, caller: { ...identity, accessKeyId } });
  }

  issue(request: IssueCredentialsRequest): IssuedCredentials {
    const accessKeyId = randomKeyId('ASIA');
    const secretAccessKey = randomBytes(30).toString('base64');
    const sessionToken = `SDSANDBOX/${randomBytes(96).toString('base64')}`;
    this.records.set(accessKeyId, {
      secretAccessKey,
      sessionToken,
      expiresAt: request.expiresAt,
      caller: { accessKeyId, accountId: request.accountId, arn: request.arn, userId: request.userId },
    });
    return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(request.expiresAt) };
  }

  isTemporary(accessKeyId: string): boolean {
    return this.records.get(accessKeyId)?.sessionToken !== undefined;
  }

  lookup(accessKeyId: string, sessionToken: string | undefined): CredentialLookup {
    const record = this.records.get(accessKeyId);
    if (!record) return { ok: false, reason: 'unknownKey' };
    // Long-term keys have no session token: AWS refuses any token sent with them (the token is
    // checked before the signature), so a stray AWS_SESSION_TOKEN fails here as it does there.
    if (record.sessionToken === undefined && sessionToken !== undefined) return { ok: false, reason: 'badToken' };
    if (record.sessionToken !== undefined) {
      if (sessionToken !== record.sessionToken) return { ok: false, reason: 'badToken' };
      if (record.expiresAt !== undefined && this.clock.now() >= record.expiresAt)
        return { ok: false, reason: 'expired' };
    }
    return { ok: true, record };
  }

  /** Control API: every temporary credential issued so far stops working now. Returns how many. */
  expireAll(): number {
    const now = this.clock.now();
    let count = 0;
    for (const record of this.records.values()) {
      if (record.sessionToken !== undefined && (record.expiresAt ?? Infinity) > now) {
        record.expiresAt = now;
        count += 1;
      }
    }
    return count;
  }

  clearTemporary(): void {
    for (const [key, record] of this.records) if (record.sessionToken !== undefined) this.records.delete(key);
  }

  snapshot(): StoredTemporary[] {
    const out: StoredTemporary[] = [];
    for (const [accessKeyId, record] of this.records) {
      if (record.sessionToken === undefined || record.expiresAt === undefined) continue;
      out.push({
        accessKeyId,
        secretAccessKey: record.secretAccessKey,
        sessionToken: record.sessionToken,
        expiresAt: record.expiresAt,
        caller: record.caller,
      });
    }
    return out;
  }

  restore(state: unknown): void {
    if (!Array.isArray(state)) return;
    for (const item of state as StoredTemporary[]) {
      if (typeof item?.accessKeyId !== 'string' || typeof item.sessionToken !== 'string') continue;
      this.records.set(item.accessKeyId, {
        secretAccessKey: item.secretAccessKey,
        sessionToken: item.sessionToken,
        expiresAt: item.expiresAt,
        caller: item.caller,
      });
    }
  }
}
