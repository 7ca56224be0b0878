import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CredentialRegistry } from './auth/credential-registry';
import { createRealClock } from './clock';
import { createSandboxControl, type SandboxControl } from './control/controller';
import { RequestCounters } from './counters';
import { FaultInjector } from './faults';
import { StatePersistence, type PersistedPart } from './persistence';
import { ServiceRouter } from './router';
import { instrumentService } from './router-instrumentation';
import { createRequestHandler } from './server';
import { MODULE_FACTORIES } from './services';
import type { Clock, SandboxBus, SeedKind, ServiceModuleFactory } from './types';

/** Documented in README.md. Deliberately not shaped like a real AWS key id (no `AKIA` prefix). */
export const DEFAULT_CREDENTIALS = Object.freeze({
  accessKeyId: 'SDSANDBOXACCESSKEY01',
  secretAccessKey: 'sdsandbox/secret/key/NOT-A-REAL-SECRET/0',
});
export const DEFAULT_ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_USER_NAME = 'sandbox-admin';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** 'empty' when omitted. Ignored when dataDir already holds state. */
  seed?: SeedKind;
  /** Divides every simulated duration; ignored when `clock` is given. */
  timeScale?: number;
  /** Persist state here and restore it at the next start. */
  dataDir?: string;
  /** A manual clock for tests; by default real time divided by timeScale. */
  clock?: Clock;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Service modules to serve; the sandbox's own set by default (tests add fakes). */
  modules?: ServiceModuleFactory[];
}

export interface RunningSandbox {
  endpoint: string;
  port: number;
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
  accountId: string;
  clock: Clock;
  control: SandboxControl;
  stop(): Promise<void>;
}

const PERIODIC_SAVE_MS = 10_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const clock = options.clock ?? createRealClock(options.timeScale ?? 1);
  const credentials = options.credentials ?? { ...DEFAULT_CREDENTIALS };
  const registry = new CredentialRegistry(clock);
  registry.addLongTerm(credentials.accessKeyId, credentials.secretAccessKey, {
    accountId: DEFAULT_ACCOUNT_ID,
    arn: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:user/${DEFAULT_USER_NAME}`,
    userId: 'AIDASDSANDBOXADMIN01',
  });

  const bus: SandboxBus = { credentials: registry };
  const modules = (options.modules ?? MODULE_FACTORIES).map((factory) =>
    factory({ clock, defaultAccountId: DEFAULT_ACCOUNT_ID, bus }),
  );
  const services = modules.flatMap((module) => module.services);

  let persistence: StatePersistence | undefined;
  if (options.dataDir) {
    const parts: PersistedPart[] = [
      { key: 'sandbox-credentials', snapshot: () => registry.snapshot(), restore: (state) => registry.restore(state) },
    ];
    for (const service of services) {
      if (service.snapshot && service.restore) {
        parts.push({
          key: `${service.signingName}-${service.protocol}`,
          snapshot: () => service.snapshot?.(),
          restore: (state) => service.restore?.(state),
        });
      }
    }
    persistence = new StatePersistence(options.dataDir, parts);
  }

  const seedWhere = { accountId: DEFAULT_ACCOUNT_ID, region: DEFAULT_REGION };
  if (persistence?.hasState()) {
    persistence.restoreAll();
  } else {
    for (const module of modules) await module.seed?.(options.seed ?? 'empty', seedWhere);
  }

  const counters = new RequestCounters();
  const faults = new FaultInjector();
  const drops = new Set<string>();
  const onChange = () => persistence?.markDirty();
  const instrumented = services.map((service) =>
    instrumentService(service, { counters, faults, onDrop: (id) => drops.add(id), onMutation: onChange }),
  );
  const control = createSandboxControl({ modules, services, registry, faults, counters, clock, seedWhere, bus, onChange });
  const server = createServer(
    createRequestHandler({ router: new ServiceRouter(instrumented), registry, control, clock, drops, bus }),
  );
  // SDK agents keep sockets alive; outlive their idle timeouts so a reused socket is never half-closed.
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  persistence?.startPeriodic(PERIODIC_SAVE_MS);
  if (persistence) await persistence.save();
  const port = (server.address() as AddressInfo).port;

  let stopping: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    credentials,
    region: DEFAULT_REGION,
    accountId: DEFAULT_ACCOUNT_ID,
    clock,
    control,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        for (const module of modules) module.dispose?.();
        await persistence?.close();
      })();
      return stopping;
    },
  };
}

export type { SandboxControl } from './control/controller';
export type { FaultSpec, FaultRule } from './faults';
