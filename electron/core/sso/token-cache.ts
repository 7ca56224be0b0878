import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { cliTimestamp, pythonJsonDumps, type PythonJsonValue } from './python-json';
import type { SsoSettings } from './sso-config';

/**
 * The AWS CLI v2's SSO cache (`~/.aws/sso/cache`), read and written byte for byte as CLI 2.9's
 * botocore does (`SSOTokenFetcher`, `SSOTokenProvider`, `JSONFileCache`), so one sign-in serves
 * both tools. Secrets live in these files by the CLI's design; they never leave this module's
 * callers in core.
 */

/** A cached access token. Member order is the order the CLI writes them in. */
export interface CachedToken {
  startUrl: string;
  region: string;
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  clientId?: string;
  clientSecret?: string;
  /** Epoch milliseconds. */
  registrationExpiresAt?: number;
  refreshToken?: string;
}

/** A cached OIDC client registration (one per start URL, region, scopes and session). */
export interface CachedRegistration {
  clientId: string;
  clientSecret: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scopes?: string[];
}

export function ssoCacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.HOME || env.USERPROFILE || homedir(), '.aws', 'sso', 'cache');
}

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** The token file's name: SHA-1 of the sso-session name, or of the start URL for legacy profiles. */
export function tokenCacheKey(settings: Pick<SsoSettings, 'sessionName' | 'startUrl'>): string {
  return sha1(settings.sessionName ?? settings.startUrl);
}

/** The CLI hashes `json.dumps(args, sort_keys=True)` of these arguments (keys already sorted here). */
export function registrationCacheKey(settings: Pick<SsoSettings, 'sessionName' | 'startUrl' | 'region' | 'registrationScopes'>): string {
  return sha1(
    pythonJsonDumps({
      region: settings.region,
      scopes: settings.registrationScopes ?? null,
      session_name: settings.sessionName ?? null,
      startUrl: settings.startUrl,
      tool: 'botocore',
    }),
  );
}

export function tokenPath(env: NodeJS.ProcessEnv, settings: Pick<SsoSettings, 'sessionName' | 'startUrl'>): string {
  return join(ssoCacheDir(env), `${tokenCacheKey(settings)}.json`);
}

function registrationPath(env: NodeJS.ProcessEnv, settings: SsoSettings): string {
  return join(ssoCacheDir(env), `${registrationCacheKey(settings)}.json`);
}

export function serializeToken(token: CachedToken): string {
  const out: Record<string, PythonJsonValue> = {
    startUrl: token.startUrl,
    region: token.region,
    accessToken: token.accessToken,
    expiresAt: cliTimestamp(token.expiresAt),
  };
  if (token.clientId !== undefined) out.clientId = token.clientId;
  if (token.clientSecret !== undefined) out.clientSecret = token.clientSecret;
  if (token.registrationExpiresAt !== undefined) out.registrationExpiresAt = cliTimestamp(token.registrationExpiresAt);
  if (token.refreshToken !== undefined) out.refreshToken = token.refreshToken;
  return pythonJsonDumps(out);
}

export function serializeRegistration(registration: CachedRegistration): string {
  const out: Record<string, PythonJsonValue> = {
    clientId: registration.clientId,
    clientSecret: registration.clientSecret,
    expiresAt: cliTimestamp(registration.expiresAt),
  };
  if (registration.scopes?.length) out.scopes = registration.scopes;
  return pythonJsonDumps(out);
}

/** Dates in these files come from the CLI ("…Z"), the JS SDK ("….000Z") or other tools: parse leniently. */
function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    // Missing or corrupt: the CLI treats both as "no cached entry" too.
    return undefined;
  }
}

/** Writes with mode 0600 (as the CLI creates these files), replacing any old file in one step. */
async function writePrivate(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, content, { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function readToken(env: NodeJS.ProcessEnv, settings: SsoSettings): Promise<CachedToken | undefined> {
  const raw = await readJson(tokenPath(env, settings));
  const accessToken = text(raw?.accessToken);
  const expiresAt = timeOf(raw?.expiresAt);
  if (!raw || !accessToken || expiresAt === undefined) return undefined;
  const token: CachedToken = {
    startUrl: text(raw.startUrl) ?? settings.startUrl,
    region: text(raw.region) ?? settings.region,
    accessToken,
    expiresAt,
  };
  const clientId = text(raw.clientId);
  const clientSecret = text(raw.clientSecret);
  const registrationExpiresAt = timeOf(raw.registrationExpiresAt);
  const refreshToken = text(raw.refreshToken);
  if (clientId) token.clientId = clientId;
  if (clientSecret) token.clientSecret = clientSecret;
  if (registrationExpiresAt !== undefined) token.registrationExpiresAt = registrationExpiresAt;
  if (refreshToken) token.refreshToken = refreshToken;
  return token;
}

export async function writeToken(env: NodeJS.ProcessEnv, settings: SsoSettings, token: CachedToken): Promise<void> {
  await writePrivate(tokenPath(env, settings), serializeToken(token));
}

export async function deleteToken(env: NodeJS.ProcessEnv, settings: SsoSettings): Promise<void> {
  await rm(tokenPath(env, settings), { force: true });
}

export async function readRegistration(env: NodeJS.ProcessEnv, settings: SsoSettings): Promise<CachedRegistration | undefined> {
  const raw = await readJson(registrationPath(env, settings));
  const clientId = text(raw?.clientId);
  const clientSecret = text(raw?.clientSecret);
  const expiresAt = timeOf(raw?.expiresAt);
  if (!clientId || !clientSecret || expiresAt === undefined) return undefined;
  const registration: CachedRegistration = { clientId, clientSecret, expiresAt };
  if (Array.isArray(raw?.scopes)) registration.scopes = raw.scopes.filter((scope): scope is string => typeof scope === 'string');
  return registration;
}

export async function writeRegistration(env: NodeJS.ProcessEnv, settings: SsoSettings, registration: CachedRegistration): Promise<void> {
  await writePrivate(registrationPath(env, settings), serializeRegistration(registration));
}
