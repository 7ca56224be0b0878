import packageJson from '../../package.json';
import { ErrorCodes, SageDeckError } from '../../shared/errors';
import type { HostKind } from '../../shared/domain/app';
import type { Journal } from './journal/journal';
import type { ProfileSummary } from '../../shared/domain/profiles';
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
  /** Every profile: sandbox, shared files and app-managed ones. */
  listProfiles: (productionProfiles: readonly string[]) => Promise<ProfileSummary[]>;
}

/** Handlers for the foundation channels: app, profiles, session, settings, journal. */
export type FoundationRequestChannels =
  | 'app.info'
  | 'profiles.list'
  | 'profiles.setProduction'
  | 'session.current'
  | 'session.select'
  | 'session.identity'
  | 'settings.get'
  | 'settings.update'
  | 'settings.reset'
  | 'journal.list';

export function foundationHandlers(deps: FoundationDeps): Pick<RequestHandlers, FoundationRequestChannels> {
  const { settings, session, journal } = deps;
  return {
    'app.info': async () => ({ version: packageJson.version, host: deps.host, platform: process.platform }),
    'profiles.list': async () => deps.listProfiles(settings.get().productionProfiles),
    'profiles.setProduction': async (input) => {
      const marked = new Set(settings.get().productionProfiles);
      if (input.production) marked.add(input.name);
      else marked.delete(input.name);
      const next = await settings.update({ productionProfiles: [...marked] });
      session.refreshProduction(next.productionProfiles);
      const profile = (await deps.listProfiles(next.productionProfiles)).find((p) => p.name === input.name);
      if (!profile) throw new SageDeckError({ code: ErrorCodes.ProfileNotFound, message: `No profile named "${input.name}".`, retryable: false });
      return profile;
    },
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

export function foundationStreams(deps: FoundationDeps): Pick<StreamHandlers, 'session.changes' | 'journal.changes'> {
  return {
    'session.changes': (_input, emit) => deps.session.onChange(emit),
    'journal.changes': (_input, emit) => deps.journal.onEntry(emit),
  };
}
