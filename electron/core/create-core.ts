import type { Core, CoreOptions } from './index';
import { alarmsArea } from './areas/alarms/module';
import { appArea } from './areas/app/module';
import { dataArea } from './areas/data/module';
import { endpointsArea } from './areas/endpoints/module';
import { experimentsArea } from './areas/experiments/module';
import { jobsArea } from './areas/jobs/module';
import { apisArea } from './areas/apis/module';
import { journalArea } from './areas/journal/module';
import { loadBalancersArea } from './areas/load-balancers/module';
import { rolesArea } from './areas/roles/module';
import { postureArea } from './areas/posture/module';
import { costArea } from './areas/cost/module';
import { backupsArea } from './areas/backups/module';
import { complianceArea } from './areas/compliance/module';
import { lineageArea } from './areas/lineage/module';
import { logsArea } from './areas/logs/module';
import { metricsArea } from './areas/metrics/module';
import { overviewArea } from './areas/overview/module';
import { profilesArea } from './areas/profiles/module';
import { promptsArea } from './areas/prompts/module';
import { registryArea } from './areas/registry/module';
import { sessionArea } from './areas/session/module';
import { settingsArea } from './areas/settings/module';
import { ssoArea } from './areas/sso/module';
import { tagsArea } from './areas/tags/module';
import { mergeAreas } from './areas/merge-areas';
import { RequestCounter } from './aws/request-counter';
import { CredentialCache } from './credentials/credential-cache';
import { createCredentialResolver } from './credentials/credential-resolver';
import { createPromptBroker } from './credentials/prompt-broker';
import { ssoCredentialsVia } from './credentials/sso-bridge';
import { openJournal } from './journal/journal';
import { keytarSecretStore } from './keychain/keytar-secret-store';
import { openManagedProfiles } from './keychain/managed-profiles';
import { DisposableStore, toDisposable } from './lifecycle/disposables';
import { listProfiles } from './profiles/list-profiles';
import { ErrorRing, recordingErrors } from './diagnostics/error-ring';
import { createDispatcher } from './rpc/dispatcher';
import { createMutationGate } from './rpc/mutation-gate';
import { embeddedSandbox } from './sandbox/embedded-sandbox';
import { openSessionClients } from './session/session-clients';
import { openSessionManager } from './session/session-manager';
import { openSettingsStore } from './settings/settings-store';
import { realClock } from './sso/clock';
import { createSsoService } from './sso/sso-service';
import { SsoRuntime } from './sso/sso-runtime';
import { BUILD_UPDATE_FEED } from './updates/update-feed';
import { openUpdateChecker } from './updates/update-checker';
import { WatcherRegistry } from './watch/watcher-registry';
import { WriteEpoch } from './watch/write-epoch';

/** Builds the core every host shares: one per process, one data dir. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const env = options.env ?? process.env;
  const owned = new DisposableStore();
  const settings = await openSettingsStore(options.dataDir);
  const journal = openJournal(options.dataDir);
  const secrets = options.secretStore ?? keytarSecretStore();
  const managed = await openManagedProfiles(options.dataDir, secrets);
  const profilesWith = (productionProfiles: readonly string[]) => listProfiles(env, productionProfiles, managed.list());
  const session = await openSessionManager({ settings, env, listProfiles: () => profilesWith(settings.get().productionProfiles) });
  const writes = new WriteEpoch();
  const gate = createMutationGate({
    // A write ends shared reads and makes every live list ask again (a deleted alarm leaves the board at once).
    settled: () => {
      writes.advance();
      watchers.refreshAll();
    },
    where: () => {
      const current = session.current();
      return { profile: current.profile, region: current.region, production: current.production };
    },
    record: async (entry) => {
      await journal.record(entry);
    },
  });
  const sandbox = embeddedSandbox(options.dataDir, env);
  owned.add(toDisposable(() => sandbox.stop()));
  const prompts = createPromptBroker({
    ...(options.promptTimeoutMs ? { timeoutMs: options.promptTimeoutMs } : {}),
    ...(options.mfaCodeReader ? { reader: options.mfaCodeReader } : {}),
  });
  // Before the resolver: SSO profiles' credentials come from sso.credentialProvider (same clock and memory).
  const ssoClock = options.ssoClock ?? (options.now ? { now: options.now, after: realClock.after } : realClock);
  const sso = createSsoService({
    env,
    runtime: new SsoRuntime(ssoClock),
    ...(options.openInBrowser ? { openInBrowser: options.openInBrowser } : {}),
  });
  const resolver = createCredentialResolver({
    cache: new CredentialCache(options.now),
    prompts,
    env,
    managedKeys: (name) => managed.keys(name),
    ssoCredentials: ssoCredentialsVia(sso, env),
    ...(options.now ? { now: options.now } : {}),
  });
  const counter = new RequestCounter();
  const clients = openSessionClients(session, { env, sandbox, resolver, managed, counter });
  owned.add(toDisposable(() => clients.close()));
  const watchers = owned.add(new WatcherRegistry(options.watch ?? {}));
  const errors = new ErrorRing();
  const updates = await openUpdateChecker({ dataDir: options.dataDir, feedUrl: BUILD_UPDATE_FEED, env, ...options.updates });

  // Every area of the console, in one list; disposed in reverse when the core closes.
  const areas = [
    appArea({
      host: options.host,
      counter,
      watchers,
      updates,
      diagnostics: {
        env,
        settings: () => settings.get(),
        profiles: () => profilesWith(settings.get().productionProfiles),
        journal,
        errors: () => errors.list(),
      },
    }),
    profilesArea({ env, secrets, managed, settings, session, listProfiles: profilesWith }),
    sessionArea({ session, clients }),
    settingsArea({ settings, session }),
    journalArea({ journal }),
    promptsArea({ prompts }),
    ssoArea(sso),
    jobsArea({ clients, session, watchers, writes, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
    logsArea({
      clients,
      session,
      dataDir: options.dataDir,
      ...(options.now ? { now: options.now } : {}),
      ...(options.watch?.timers ? { timers: options.watch.timers } : {}),
    }),
    endpointsArea({
      clients,
      session,
      watchers,
      writes,
      dataDir: options.dataDir,
      ...(options.now ? { now: options.now } : {}),
      ...(options.watch?.timers ? { timers: options.watch.timers } : {}),
    }),
    registryArea({ clients, session, journal, ...(options.now ? { now: options.now } : {}) }),
    alarmsArea({
      clients,
      session,
      watchers,
      writes,
      ...(options.now ? { now: options.now } : {}),
      ...(options.watch?.timers ? { timers: options.watch.timers } : {}),
    }),
    metricsArea({ clients, ...(options.now ? { now: options.now } : {}) }),
    overviewArea({ clients, session, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
    dataArea({ clients, session, ...(options.now ? { now: options.now } : {}) }),
    experimentsArea({ clients, session, ...(options.now ? { now: options.now } : {}) }),
    lineageArea({ clients, session, ...(options.now ? { now: options.now } : {}) }),
    tagsArea({ clients, session, ...(options.now ? { now: options.now } : {}) }),
    apisArea({ clients, session, ...(options.now ? { now: options.now } : {}) }),
    loadBalancersArea({ clients, session, watchers, writes, ...(options.now ? { now: options.now } : {}) }),
    rolesArea({ clients, session, watchers, writes, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
    postureArea({ clients, session, watchers, writes, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
    costArea({ clients, session, watchers, writes, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
    backupsArea({ clients, session, watchers, writes, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
    complianceArea({ clients, session, watchers, writes, dataDir: options.dataDir, ...(options.now ? { now: options.now } : {}) }),
  ] as const;
  for (const area of areas) owned.add(area);
  const { requests, streams } = mergeAreas(areas);

  const dispatcher = recordingErrors(
    createDispatcher({ handlers: requests, streams, gate, sessionSignal: () => session.signal() }),
    errors,
  );
  return {
    dispatcher,
    async close() {
      dispatcher.closeAll();
      await owned.dispose();
    },
  };
}
