import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import type { SsoClock } from '../../../electron/core/sso/clock';
import { createManualClock, createRealClock, type AdvanceableClock } from '../../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import type { RequestMeta } from '../../../shared/contract';
import type { SsoEvent } from '../../../shared/domain/credentials';
import type { ErrorEnvelope } from '../../../shared/errors';
import { memorySecretStore } from '../../support/memory-secret-store';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const START_URL = 'https://sandbox-corp.awsapps.com/start';

/** A config with an sso-session profile and a legacy one, both backed by the sandbox at `endpoint`. */
export function ssoConfig(endpoint: string): string {
  return [
    '[profile sso-dev]',
    'sso_session = corp',
    'sso_account_id = 444455556666',
    'sso_role_name = MLOpsAdmin',
    'region = eu-west-1',
    `endpoint_url = ${endpoint}`,
    '',
    '[sso-session corp]',
    `sso_start_url = ${START_URL}`,
    'sso_region = us-east-1',
    '',
    '[profile sso-legacy]',
    `sso_start_url = ${START_URL}`,
    'sso_region = us-east-1',
    'sso_account_id = 111122223333',
    'sso_role_name = ReadOnly',
    'region = us-east-1',
    `endpoint_url = ${endpoint}`,
    '',
    '[profile sso-dev-readonly]',
    'sso_session = corp',
    'sso_account_id = 111122223333',
    'sso_role_name = ReadOnly',
    `endpoint_url = ${endpoint}`,
    '',
    '[profile sso-down]',
    'sso_session = corp',
    'sso_account_id = 111122223333',
    'sso_role_name = ReadOnly',
    // Nothing listens on port 1: IAM Identity Center "is down" for this profile.
    'endpoint_url = http://127.0.0.1:1',
    '',
  ].join('\n');
}

export interface SsoWorld {
  sandbox: RunningSandbox;
  clock: AdvanceableClock;
  home: string;
  env: NodeJS.ProcessEnv;
  core: Core;
  /** Every SsoEvent and every request result or error that crossed the dispatcher. */
  crossed: unknown[];
  events: SsoEvent[];
  opened: string[];
  /** Timers the core's SSO code has armed and not yet seen fire (its next poll). */
  armed(): number;
  request(channel: string, input: unknown, meta?: RequestMeta): Promise<{ ok: boolean; result?: unknown; error?: ErrorEnvelope }>;
  ok<T>(channel: string, input?: unknown, meta?: RequestMeta): Promise<T>;
  fail(channel: string, input?: unknown, meta?: RequestMeta): Promise<ErrorEnvelope>;
  nextEvent(predicate: (event: SsoEvent) => boolean): Promise<SsoEvent>;
  /** Moves time and, when the core had a poll armed, waits until that poll has been answered. */
  advance(ms: number): Promise<void>;
  createTokenCalls(): number;
  close(): Promise<void>;
}

/**
 * The sandbox and a core sharing one manual clock (the core's SSO timers run on it), a temp HOME
 * whose config points the SSO profiles at the sandbox, and a record of everything that crossed the
 * dispatcher. `realTime` runs both on the wall clock (for tests that run the AWS CLI too).
 */
export async function startSsoWorld(options: { realTime?: boolean; config?: (endpoint: string) => string; env?: NodeJS.ProcessEnv } = {}): Promise<SsoWorld> {
  // Real time for tests where the AWS CLI polls and judges expiry by the wall clock.
  const clock = options.realTime ? createRealClock(1) : createManualClock();
  const sandbox = await startSandbox({ seed: 'empty', port: 0, clock });
  const home = mkdtempSync(join(tmpdir(), 'sagedeck-sso-'));
  const configFile = join(home, 'config');
  writeFileSync(configFile, (options.config ?? ssoConfig)(sandbox.endpoint));
  const env: NodeJS.ProcessEnv = {
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env,
  };
  let armed = 0;
  const ssoClock: SsoClock = {
    now: () => clock.now(),
    after(ms, fn) {
      armed += 1;
      let live = true;
      const cancel = clock.after(ms, () => {
        live = false;
        armed -= 1;
        fn();
      });
      return () => {
        if (live) armed -= 1;
        live = false;
        cancel();
      };
    },
  };
  const opened: string[] = [];
  const core = await createCore({
    dataDir: join(home, 'data'),
    host: 'cli',
    env,
    secretStore: memorySecretStore(),
    now: () => clock.now(),
    ssoClock,
    openInBrowser: async (url) => {
      opened.push(url);
      return true;
    },
  });
  const crossed: unknown[] = [];
  const events: SsoEvent[] = [];
  const waiters = new Set<{ predicate: (event: SsoEvent) => boolean; resolve: (event: SsoEvent) => void }>();
  const stop = core.dispatcher.subscribe('sso.watch', {}, {
    event(event) {
      crossed.push(event);
      events.push(event as SsoEvent);
      for (const waiter of waiters) {
        if (waiter.predicate(event as SsoEvent)) {
          waiters.delete(waiter);
          waiter.resolve(event as SsoEvent);
        }
      }
    },
    end: () => undefined,
  });
  const createTokenCalls = () => sandbox.control.counters()['sso-oauth:CreateToken'] ?? 0;

  const world: SsoWorld = {
    sandbox,
    clock,
    home,
    env,
    core,
    crossed,
    events,
    opened,
    armed: () => armed,
    async request(channel, input, meta) {
      const envelope = await core.dispatcher.request(channel, input, meta);
      crossed.push(envelope);
      return envelope as { ok: boolean; result?: unknown; error?: ErrorEnvelope };
    },
    async ok<T>(channel: string, input: unknown = {}, meta?: RequestMeta) {
      const envelope = await world.request(channel, input, meta);
      if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.result as T;
    },
    async fail(channel, input = {}, meta) {
      const envelope = await world.request(channel, input, meta);
      if (envelope.ok) throw new Error(`${channel} succeeded: ${JSON.stringify(envelope.result)}`);
      return envelope.error as ErrorEnvelope;
    },
    nextEvent(predicate) {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.add({ predicate, resolve }));
    },
    async advance(ms) {
      const wasArmed = armed > 0;
      const before = createTokenCalls();
      const eventsBefore = events.length;
      clock.advance(ms);
      if (!wasArmed || armed > 0) return;
      // The poll fired: wait until it was answered and the core either armed the next one or ended.
      await vi.waitFor(() => {
        if (createTokenCalls() === before) throw new Error('poll not sent yet');
        if (armed === 0 && events.length === eventsBefore) throw new Error('poll not answered yet');
      });
    },
    createTokenCalls,
    async close() {
      stop();
      await core.close();
      await sandbox.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
  return world;
}
