import { foundationHandlers, foundationStreams } from './app-handlers';
import type { Core, CoreOptions } from './index';
import { RequestCounter } from './aws/request-counter';
import { openJournal } from './journal/journal';
import { listProfiles } from './profiles/list-profiles';
import { createDispatcher } from './rpc/dispatcher';
import { createMutationGate } from './rpc/mutation-gate';
import { embeddedSandbox } from './sandbox/embedded-sandbox';
import { openSessionClients } from './session/session-clients';
import { openSessionManager } from './session/session-manager';
import { openSettingsStore } from './settings/settings-store';

/** Builds the core every host shares: one per process, one data dir. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const env = options.env ?? process.env;
  const settings = await openSettingsStore(options.dataDir);
  const journal = openJournal(options.dataDir);
  const session = await openSessionManager({
    settings,
    env,
    listProfiles: () => listProfiles(env, settings.get().productionProfiles),
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
  const clients = openSessionClients(session, env, sandbox, new RequestCounter());
  const deps = { host: options.host, env, settings, session, journal, clients };
  const dispatcher = createDispatcher({
    handlers: foundationHandlers(deps),
    streams: foundationStreams(deps),
    gate,
    sessionSignal: () => session.signal(),
  });
  return {
    dispatcher,
    async close() {
      dispatcher.closeAll();
      clients.close();
      await sandbox.stop();
    },
  };
}
