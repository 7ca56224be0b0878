import packageJson from '../../package.json';
import type { HostKind } from '../../shared/domain/app';
import type { Journal } from './journal/journal';
import { listProfiles } from './profiles/list-profiles';
import type { RequestHandlers, StreamHandlers } from './rpc/handlers';
import { sessionIdentity } from './session/identity';
import type { SessionClients } from './session/session-clients';
import type { SessionManager } from './session/session-manager';
import type { SettingsStore } from './settings/settings-store';

export interface FoundationDeps {
  host: HostKind;
  env: NodeJS.ProcessEnv;
  settings: SettingsStore;
  session: SessionManager;
  journal: Journal;
  clients: SessionClients;
}

/** Handlers for the foundation channels: app, profiles, session, settings, journal. */
export function foundationHandlers(deps: FoundationDeps): RequestHandlers {
  const { settings, session, journal } = deps;
  return {
    'app.info': async () => ({ version: packageJson.version, host: deps.host, platform: process.platform }),
    'profiles.list': async () => listProfiles(deps.env, settings.get().productionProfiles),
    'session.current': async () => session.current(),
    'session.select': async (input) => session.select(input.profile, input.region),
    'session.identity': async (_input, ctx) => sessionIdentity(deps.clients, ctx.signal),
    'settings.get': async () => settings.get(),
    'settings.update': async (input) => {
      const patch = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      const next = await settings.update(patch);
      session.refreshProduction(next.productionProfiles);
      return next;
    },
    'settings.reset': async () => {
      const next = await settings.reset();
      session.refreshProduction(next.productionProfiles);
      return next;
    },
    'journal.list': async (input) => journal.list(input.channel ? { limit: input.limit, channel: input.channel } : { limit: input.limit }),
  };
}

export function foundationStreams(deps: FoundationDeps): StreamHandlers {
  return {
    'session.changes': (_input, emit) => deps.session.onChange(emit),
    'journal.changes': (_input, emit) => deps.journal.onEntry(emit),
  };
}
