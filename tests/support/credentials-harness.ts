import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core';
import type { CoreOptions } from '../../electron/core/index';
import type { StreamSink } from '../../electron/core/rpc/dispatcher';
import { createManualClock, type ManualClock } from '../../electron/sandbox/clock';
import { startSandbox, type RunningSandbox } from '../../electron/sandbox/index';
import type { Envelope } from '../../shared/bridge';
import type { PromptEvent } from '../../shared/domain/credentials';
import type { ErrorEnvelope } from '../../shared/errors';
import { memorySecretStore } from './memory-secret-store';

// The SDK's Node 20 end-of-support notice would otherwise open every test's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface CredentialWorld {
  sandbox: RunningSandbox;
  /** The sandbox's manual clock; the core judges credential expiry on it too. */
  clock: ManualClock;
  /** Long-term keys the sandbox accepts: unique per run, so leak scans can look for them. */
  keys: { accessKeyId: string; secretAccessKey: string };
  home: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  secrets: ReturnType<typeof memorySecretStore>;
  core: Core;
  /**
   * Every envelope and stream event the dispatcher sent back towards a renderer, as JSON. Inputs are
   * not included: profiles.addManaged necessarily carries the typed secret from renderer to host.
   */
  traffic: string[];
  request(channel: string, input?: unknown, meta?: { confirmed?: boolean }): Promise<Envelope>;
  /** Result of a request that must succeed. */
  ok<T>(channel: string, input?: unknown): Promise<T>;
  /** Error of a request that must fail. */
  fail(channel: string, input?: unknown): Promise<ErrorEnvelope>;
  watchPrompts(): { events: PromptEvent[]; next(): Promise<PromptEvent>; stop(): void };
  /** Closes the core and stops the sandbox (saving its state when it has a data dir); idempotent. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** A profile `base` holding the sandbox's keys (see BASE_KEYS) and pointing at the sandbox. */
export const BASE_PROFILE = `
[profile base]
endpoint_url = {endpoint}
`;

/** A role in another account that needs an MFA code (the sandbox accepts 123456), sourced from `base`. */
export const GUARDED_ROLE_PROFILE = `
[profile guarded]
role_arn = arn:aws:iam::444455556666:role/Admin
source_profile = base
mfa_serial = arn:aws:iam::111122223333:mfa/alice
endpoint_url = {endpoint}
`;

/** The credentials-file section for `base`: the world's own sandbox keys. */
export const BASE_KEYS = `
[base]
aws_access_key_id = {key}
aws_secret_access_key = {secret}
`;

export interface WorldOptions {
  /** Shared config text; `{endpoint}` is replaced by the sandbox endpoint, `{key}`/`{secret}` by the keys. */
  config?: string;
  credentials?: string;
  env?: NodeJS.ProcessEnv;
  core?: Partial<CoreOptions>;
  /** The sandbox keeps its state (issued credentials included) here, outside SageDeck's data dir. */
  sandboxDataDir?: string;
}

export async function startCredentialWorld(options: WorldOptions = {}): Promise<CredentialWorld> {
  const clock = createManualClock(Date.now());
  const keys = {
    accessKeyId: `SDTESTKEY${randomBytes(6).toString('hex').toUpperCase()}`,
    secretAccessKey: `test-secret-${randomBytes(16).toString('hex')}`,
  };
  const sandbox = await startSandbox({
    port: 0,
    seed: 'empty',
    clock,
    credentials: keys,
    ...(options.sandboxDataDir ? { dataDir: options.sandboxDataDir } : {}),
  });
  const home = mkdtempSync(join(tmpdir(), 'sagedeck-creds-'));
  const dataDir = join(home, 'data');
  const fill = (text: string) =>
    text
      .replaceAll('{endpoint}', sandbox.endpoint)
      .replaceAll('{key}', keys.accessKeyId)
      .replaceAll('{secret}', keys.secretAccessKey)
      .replaceAll('{home}', home);
  writeFileSync(join(home, 'config'), fill(options.config ?? ''));
  writeFileSync(join(home, 'credentials'), fill(options.credentials ?? ''));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env,
  };
  const secrets = memorySecretStore();
  const core = await createCore({
    dataDir,
    host: 'cli',
    env,
    secretStore: secrets,
    now: () => clock.now(),
    ...options.core,
  });
  const traffic: string[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= core.close().then(() => sandbox.stop());
    return stopping;
  };
  const request = async (channel: string, input: unknown = {}, meta: { confirmed?: boolean } = {}) => {
    const envelope = await core.dispatcher.request(channel, input, meta);
    traffic.push(JSON.stringify(envelope));
    return envelope;
  };
  return {
    sandbox,
    clock,
    keys,
    home,
    dataDir,
    env,
    secrets,
    core,
    traffic,
    request,
    async ok<T>(channel: string, input: unknown = {}) {
      const envelope = await request(channel, input, { confirmed: true });
      if (!envelope.ok) throw new Error(`${channel} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.result as T;
    },
    async fail(channel: string, input: unknown = {}) {
      const envelope = await request(channel, input, { confirmed: true });
      if (envelope.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(envelope.result)}`);
      return envelope.error;
    },
    watchPrompts() {
      const events: PromptEvent[] = [];
      const waiters: ((event: PromptEvent) => void)[] = [];
      let read = 0;
      const sink: StreamSink = {
        event(event) {
          traffic.push(JSON.stringify(event));
          events.push(event as PromptEvent);
          const waiter = waiters.shift();
          if (waiter) {
            read += 1;
            waiter(event as PromptEvent);
          }
        },
        end() {},
      };
      const stop = core.dispatcher.subscribe('prompts.watch', {}, sink);
      return {
        events,
        next: () =>
          new Promise<PromptEvent>((resolve) => {
            if (read < events.length) resolve(events[read++] as PromptEvent);
            else waiters.push(resolve);
          }),
        stop,
      };
    },
    stop,
    async close() {
      await stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
