import { randomBytes, randomInt } from 'node:crypto';
import type { Clock } from '../../types';
import { oidcErrors, portalErrors } from './oidc-errors';

/** The sandbox's IAM Identity Center directory: one user, two accounts, two roles in each. */
export const SSO_USER = 'sandbox-user';
export const SSO_ACCOUNTS = [
  { accountId: '111122223333', accountName: 'sandbox-mlops', emailAddress: 'mlops@example.com' },
  { accountId: '444455556666', accountName: 'sandbox-production', emailAddress: 'production@example.com' },
] as const;
export const SSO_ROLES = ['ReadOnly', 'MLOpsAdmin'] as const;

export const CLIENT_SECRET_LIFETIME_MS = 90 * 24 * 3600_000;
export const DEVICE_CODE_LIFETIME_S = 600;
export const DEVICE_POLL_INTERVAL_S = 1;
export const ACCESS_TOKEN_LIFETIME_S = 8 * 3600;
export const REFRESH_TOKEN_LIFETIME_MS = 90 * 24 * 3600_000;
/** RFC 8628 §3.5: each slow_down adds 5 seconds to the interval the client must keep. */
export const SLOW_DOWN_STEP_S = 5;

interface RegisteredClient {
  clientId: string;
  clientSecret: string;
  expiresAt: number;
}

export type DeviceDecision = 'approve' | 'deny';

interface DeviceAuthorizationRecord {
  deviceCode: string;
  userCode: string;
  clientId: string;
  startUrl: string;
  expiresAt: number;
  intervalS: number;
  lastPollAt?: number;
  /** Control API: the next poll answers slow_down, as if it came too soon (server under load). */
  slowDownNext?: boolean;
  state: 'pending' | 'approved' | 'denied' | 'used';
}

/** One signed-in session: its current access token and refresh token; Logout ends it. */
interface SignIn {
  id: string;
  clientId: string;
  accessToken: string;
  accessExpiresAt: number;
  refreshToken: string;
  refreshExpiresAt: number;
  /** Access tokens replaced by a refresh stay valid until they expire, as AWS's do. */
  olderTokens: Map<string, number>;
  revoked: boolean;
}

const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';

function opaque(prefix: string, bytes = 48): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

function userCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export interface SsoSnapshot {
  clients: RegisteredClient[];
  devices: DeviceAuthorizationRecord[];
  signIns: (Omit<SignIn, 'olderTokens'> & { olderTokens: [string, number][] })[];
}

export interface TokenGrant {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
}

/** State and rules of SSO-OIDC and the portal; times on the sandbox clock. */
export class SsoDirectory {
  private clients = new Map<string, RegisteredClient>();
  private devices = new Map<string, DeviceAuthorizationRecord>();
  private signIns = new Map<string, SignIn>();

  constructor(private readonly clock: Clock) {}

  reset(): void {
    this.clients.clear();
    this.devices.clear();
    this.signIns.clear();
  }

  /** For `--data-dir`: sign-ins survive a sandbox restart, as they survive on AWS. */
  snapshot(): SsoSnapshot {
    return {
      clients: [...this.clients.values()],
      devices: [...this.devices.values()],
      signIns: [...this.signIns.values()].map((signIn) => ({ ...signIn, olderTokens: [...signIn.olderTokens] })),
    };
  }

  restore(state: unknown): void {
    const saved = state as Partial<SsoSnapshot> | undefined;
    this.reset();
    for (const client of saved?.clients ?? []) this.clients.set(client.clientId, client);
    for (const device of saved?.devices ?? []) this.devices.set(device.deviceCode, device);
    for (const signIn of saved?.signIns ?? []) this.signIns.set(signIn.id, { ...signIn, olderTokens: new Map(signIn.olderTokens) });
  }

  registerClient(): RegisteredClient & { issuedAt: number } {
    const now = this.clock.now();
    const client: RegisteredClient = {
      clientId: opaque('sdsandbox-client-', 18),
      clientSecret: opaque('sdsandbox-secret-', 96),
      expiresAt: now + CLIENT_SECRET_LIFETIME_MS,
    };
    this.clients.set(client.clientId, client);
    return { ...client, issuedAt: now };
  }

  private checkClient(clientId: unknown, clientSecret: unknown): RegisteredClient {
    const client = typeof clientId === 'string' ? this.clients.get(clientId) : undefined;
    if (!client || client.clientSecret !== clientSecret || client.expiresAt <= this.clock.now()) throw oidcErrors.invalidClient();
    return client;
  }

  startDeviceAuthorization(clientId: unknown, clientSecret: unknown, startUrl: string): DeviceAuthorizationRecord {
    const client = this.checkClient(clientId, clientSecret);
    const record: DeviceAuthorizationRecord = {
      deviceCode: opaque('sdsandbox-device-', 32),
      userCode: userCode(),
      clientId: client.clientId,
      startUrl,
      expiresAt: this.clock.now() + DEVICE_CODE_LIFETIME_S * 1000,
      intervalS: DEVICE_POLL_INTERVAL_S,
      state: 'pending',
    };
    this.devices.set(record.deviceCode, record);
    return record;
  }

  /** The user's answer on the verification page (or the control API); false for an unknown or finished code. */
  decide(code: string, decision: DeviceDecision): boolean {
    const wanted = code.trim().toUpperCase();
    for (const record of this.devices.values()) {
      if (record.userCode !== wanted || record.state !== 'pending') continue;
      if (record.expiresAt <= this.clock.now()) return false;
      record.state = decision === 'approve' ? 'approved' : 'denied';
      return true;
    }
    return false;
  }

  /** Makes the next CreateToken poll of this code answer slow_down; false for an unknown code. */
  slowDownNext(code: string): boolean {
    const wanted = code.trim().toUpperCase();
    for (const record of this.devices.values()) {
      if (record.userCode !== wanted || record.state === 'used') continue;
      record.slowDownNext = true;
      return true;
    }
    return false;
  }

  /** Whether a pending, unexpired authorization has this user code (the verification page asks). */
  isPending(code: string): boolean {
    const wanted = code.trim().toUpperCase();
    const now = this.clock.now();
    for (const record of this.devices.values()) if (record.userCode === wanted && record.state === 'pending' && record.expiresAt > now) return true;
    return false;
  }

  tokenForDevice(clientId: unknown, clientSecret: unknown, deviceCode: unknown): TokenGrant {
    const client = this.checkClient(clientId, clientSecret);
    const record = typeof deviceCode === 'string' ? this.devices.get(deviceCode) : undefined;
    if (!record || record.clientId !== client.clientId || record.state === 'used') throw oidcErrors.invalidGrant('device code');
    const now = this.clock.now();
    if (now >= record.expiresAt) throw oidcErrors.expired();
    if (record.slowDownNext || (record.lastPollAt !== undefined && now - record.lastPollAt < record.intervalS * 1000)) {
      record.slowDownNext = false;
      record.lastPollAt = now;
      record.intervalS += SLOW_DOWN_STEP_S;
      throw oidcErrors.slowDown();
    }
    record.lastPollAt = now;
    if (record.state === 'denied') {
      record.state = 'used';
      throw oidcErrors.denied();
    }
    if (record.state === 'pending') throw oidcErrors.pending();
    record.state = 'used';
    return this.newSignIn(client.clientId);
  }

  tokenForRefresh(clientId: unknown, clientSecret: unknown, refreshToken: unknown): TokenGrant {
    const client = this.checkClient(clientId, clientSecret);
    const now = this.clock.now();
    const signIn = [...this.signIns.values()].find((candidate) => candidate.refreshToken === refreshToken);
    if (!signIn || signIn.revoked || signIn.clientId !== client.clientId || signIn.refreshExpiresAt <= now)
      throw oidcErrors.invalidGrant('refresh token');
    signIn.olderTokens.set(signIn.accessToken, signIn.accessExpiresAt);
    signIn.accessToken = opaque('sdsandbox-access-');
    signIn.accessExpiresAt = now + ACCESS_TOKEN_LIFETIME_S * 1000;
    signIn.refreshToken = opaque('sdsandbox-refresh-');
    return this.grantOf(signIn);
  }

  private newSignIn(clientId: string): TokenGrant {
    const now = this.clock.now();
    const signIn: SignIn = {
      id: opaque('', 12),
      clientId,
      accessToken: opaque('sdsandbox-access-'),
      accessExpiresAt: now + ACCESS_TOKEN_LIFETIME_S * 1000,
      refreshToken: opaque('sdsandbox-refresh-'),
      refreshExpiresAt: now + REFRESH_TOKEN_LIFETIME_MS,
      olderTokens: new Map(),
      revoked: false,
    };
    this.signIns.set(signIn.id, signIn);
    return this.grantOf(signIn);
  }

  private grantOf(signIn: SignIn): TokenGrant {
    return {
      accessToken: signIn.accessToken,
      tokenType: 'Bearer',
      expiresIn: ACCESS_TOKEN_LIFETIME_S,
      refreshToken: signIn.refreshToken,
    };
  }

  /** The sign-in an unexpired, unrevoked access token belongs to; UnauthorizedException otherwise. */
  signInOf(accessToken: unknown): SignIn {
    const now = this.clock.now();
    if (typeof accessToken === 'string' && accessToken !== '') {
      for (const signIn of this.signIns.values()) {
        if (signIn.revoked) continue;
        const expiresAt = signIn.accessToken === accessToken ? signIn.accessExpiresAt : signIn.olderTokens.get(accessToken);
        if (expiresAt !== undefined && now < expiresAt) return signIn;
      }
    }
    throw portalErrors.unauthorized();
  }

  logout(accessToken: unknown): void {
    this.signInOf(accessToken).revoked = true;
  }
}
