import type { AwsCredentialIdentity } from '@smithy/types';
import { realClock, type SsoClock } from './clock';

/**
 * State the SSO code shares within one core: the clock, and role credentials held in memory only,
 * keyed by token file + account + role + portal endpoint. A new sign-in or a sign-out drops the
 * entries of that token file.
 */
export class SsoRuntime {
  private readonly credentials = new Map<string, AwsCredentialIdentity>();
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(readonly clock: SsoClock = realClock) {}

  cached(key: string, marginMs: number): AwsCredentialIdentity | undefined {
    const value = this.credentials.get(key);
    if (!value) return undefined;
    if (value.expiration && value.expiration.getTime() - this.clock.now() <= marginMs) {
      this.credentials.delete(key);
      return undefined;
    }
    return value;
  }

  remember(key: string, value: AwsCredentialIdentity): void {
    this.credentials.set(key, value);
  }

  /**
   * One run of `work` per key at a time: parallel calls (every view of a fresh session) share one
   * refresh and one GetRoleCredentials, so a single-use refresh token is never spent twice.
   */
  once<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const started = work().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  /** Forgets every credential minted from this token file. */
  forgetToken(tokenFile: string): void {
    for (const key of this.credentials.keys()) if (key.startsWith(`${tokenFile}|`)) this.credentials.delete(key);
  }
}

/** Used by callers that do not pass a core's runtime (real clock). */
export const defaultSsoRuntime = new SsoRuntime();
