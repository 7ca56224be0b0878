import type { AwsCredentialIdentity } from '@smithy/types';

/** Temporary credentials are replaced this long before they expire, so no call races the expiry. */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** Credentials that need a person (an MFA code) are used until just before they expire instead. */
export const INTERACTIVE_MARGIN_MS = 30_000;

export type CredentialFetch = (signal: AbortSignal) => Promise<AwsCredentialIdentity>;

export interface CachedSource {
  /** Stable, secret-free key: one cache entry per distinct credential source. */
  key: string;
  /** True when fetching may ask the user (MFA): such sources are not refreshed early. */
  interactive: boolean;
  fetch: CredentialFetch;
}

interface Entry {
  value?: AwsCredentialIdentity;
  pending?: Promise<AwsCredentialIdentity>;
}

/**
 * Credentials held in memory only, one entry per source, shared by every session that uses the
 * source (switching away and back does not ask for an MFA code again while the session is valid).
 * Concurrent callers share one fetch, so ten parallel calls make one STS call and one prompt.
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(source: CachedSource, signal: AbortSignal): Promise<AwsCredentialIdentity> {
    let entry = this.entries.get(source.key);
    if (!entry) {
      entry = {};
      this.entries.set(source.key, entry);
    }
    const current = entry.value;
    if (current && this.isFresh(current, source.interactive)) return current;
    if (!entry.pending) {
      const owner = entry;
      owner.pending = source
        .fetch(signal)
        .then((value) => {
          owner.value = value;
          return value;
        })
        .finally(() => {
          owner.pending = undefined;
        });
    }
    try {
      return await entry.pending!;
    } catch (error) {
      // A failed early refresh is not fatal while the old credentials still work.
      if (current && this.isUsable(current)) return current;
      throw error;
    }
  }

  /** Drops the cached credentials of these sources (the service said they expired or were revoked). */
  invalidate(keys: readonly string[]): void {
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry) entry.value = undefined;
    }
  }

  private isFresh(value: AwsCredentialIdentity, interactive: boolean): boolean {
    if (!value.expiration) return true;
    const margin = interactive ? INTERACTIVE_MARGIN_MS : REFRESH_MARGIN_MS;
    return value.expiration.getTime() - this.now() > margin;
  }

  private isUsable(value: AwsCredentialIdentity): boolean {
    return !value.expiration || value.expiration.getTime() > this.now();
  }
}
