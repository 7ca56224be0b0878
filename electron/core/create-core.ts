import { foundationHandlers, foundationStreams } from './app-handlers';
import { credentialHandlers, credentialStreams } from './credentials/handlers';
import { keychainHandlers } from './keychain/handlers';
import type { RequestHandlers, StreamHandlers } from './rpc/handlers';
import { realClock } from './sso/clock';
import { ssoHandlers, ssoStreams } from './sso/handlers';
import { createSsoService } from './sso/sso-service';
import { SsoRuntime } from './sso/sso-runtime';
import type { Core, CoreOptions } from './index';
import { RequestCounter } from './aws/request-counter';
import { openJournal } from './journal/journal';
import { listProfiles } from './profiles/list-profiles';
import { createDispatcher } from './rpc/dispatcher';
import { createMutationGate } from './rpc/mutation-gate';
import { embeddedSandbox } from './sandbox/embedded-sandbox';
import { CredentialCache } from './credentials/credential-cache';
import { createCredentialResolver } from './credentials/credential-resolver';
import { createPromptBroker } from './credentials/prompt-broker';
import { ssoCredentialsVia } from './credentials/sso-bridge';
import { keytarSecretStore } from './keychain/keytar-secret-store';
import { openManagedProfiles } from './keychain/managed-profiles';
import { openSessionClients } from './session/session-clients';
import { openSessionManager } from './session/session-manager';
import { openSettingsStore } from './settings/settings-store';

/** Builds the core every host shares: one per process, one data dir. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const env = options.env ?? process.env;
  const settings = await openSettingsStore(options.dataDir);
  const journal = openJournal(options.dataDir);
  const secrets = options.secretStore ?? keytarSecretStore();
  const managed = await openManagedProfiles(options.dataDir, secrets);
  const profilesWith = (productionProfiles: readonly string[]) => listProfiles(env, productionProfiles, managed.list());
  const session = await openSessionManager({
    settings,
    env,
    listProfiles: () => profilesWith(settings.get().productionProfiles),
  });
  const gate = createMutationGate({
    where: () => {
      const current = session.current();
      return { profile: current.profile, region: current.region, production: current.production };
    },
    record: async (entry) => {
      await journal.record(entry);
    },
  });
  const sandbox = embeddedSandbox(options.dataDir, env);
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
  const clients = openSessionClients(session, { env, sandbox, resolver, managed, counter: new RequestCounter() });
  const deps = { host: options.host, env, settings, session, journal, clients, listProfiles: profilesWith };
  const dispatcher = createDispatcher({
    handlers: {
      ...foundationHandlers(deps),
      ...credentialHandlers({ prompts }),
      ...ssoHandlers(sso),
      ...keychainHandlers({ env, secrets, managed, settings, session }),
    } satisfies RequestHandlers,
    streams: { ...foundationStreams(deps), ...credentialStreams({ prompts }), ...ssoStreams(sso) } satisfies StreamHandlers,
    gate,
    sessionSignal: () => session.signal(),
  });
  return {
    dispatcher,
    async close() {
      dispatcher.closeAll();
      sso.close();
      clients.close();
      await sandbox.stop();
    },
  };
}
