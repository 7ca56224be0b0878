import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProfileSummary } from '../../../shared/domain/profiles';
import type { SessionInfo } from '../../../shared/domain/session';
import type { Settings, ThemePreference } from '../../../shared/domain/settings';
import { ErrorCodes, SageDeckError } from '../../../shared/errors';
import type { SageDeckClient } from '../bridge/typed-client';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface SessionState {
  status: LoadStatus;
  loadError: SageDeckError | undefined;
  session: SessionInfo | undefined;
  profiles: ProfileSummary[];
  settings: Settings | undefined;
  /** The theme the user picked, applied at once even before the host has stored it. */
  theme: ThemePreference;
  switching: boolean;
  themeError: SageDeckError | undefined;
  /**
   * Bumped when the session's credentials change without a switch (an SSO sign-in, an expired
   * session refreshed): every view keyed on it reads again, as after a switch.
   */
  viewRefresh: number;
  load(): Promise<void>;
  /** Rejects with the host's error so the switcher can keep what the user typed and show why. */
  select(profile: string, region?: string): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
  /** Marks or unmarks a profile as production; its badge and typed confirmations follow. */
  setProduction(profile: string, production: boolean): Promise<void>;
  /** Makes every open view read again for the same session. */
  refreshViews(): void;
  /** Re-reads the profile list (after a profile was added or removed). */
  reloadProfiles(): Promise<void>;
  /** Re-reads session, profiles and settings without going back to 'loading' (after a reconnect). */
  refresh(): Promise<void>;
  /** Follows the host's session.watch stream; a change made elsewhere (CLI, other window) shows up here. */
  watch(): () => void;
}

export type SessionStore = StoreApi<SessionState>;

function toError(reason: unknown): SageDeckError {
  if (reason instanceof SageDeckError) return reason;
  return new SageDeckError({
    code: ErrorCodes.Internal,
    message: reason instanceof Error ? reason.message : String(reason),
    retryable: false,
  });
}

/** Drops a session answer older than what is shown (a late reply to an earlier switch). */
function newer(current: SessionInfo | undefined, next: SessionInfo): boolean {
  return !current || next.generation >= current.generation;
}

export function createSessionStore(client: SageDeckClient): SessionStore {
  // One load at a time: a second caller (React StrictMode, a quick double click) shares the first.
  let loading: Promise<void> | undefined;

  return createStore<SessionState>()((set, get) => {
    // After a switch (made here or elsewhere) the host has moved its profile and region to the
    // front of the recent lists: read them once per new generation, whichever answer comes first.
    let recentsRead = 0;
    const rereadRecentsAfter = (session: SessionInfo) => {
      if (session.generation <= recentsRead) return;
      recentsRead = session.generation;
      client.request('settings.get', {}).then(
        (settings) => set({ settings }),
        () => undefined,
      );
    };

    const loadAll = async () => {
      set({ status: 'loading', loadError: undefined });
      try {
        const [session, profiles, settings] = await Promise.all([
          client.request('session.current', {}),
          client.request('profiles.list', {}),
          client.request('settings.get', {}),
        ]);
        recentsRead = Math.max(recentsRead, session.generation);
        set((state) => ({
          status: 'ready',
          session: newer(state.session, session) ? session : state.session,
          profiles,
          settings,
          theme: settings.theme,
        }));
      } catch (reason) {
        set({ status: 'error', loadError: toError(reason) });
      }
    };

    return {
      status: 'loading',
      loadError: undefined,
      session: undefined,
      profiles: [],
      settings: undefined,
      theme: 'system',
      switching: false,
      themeError: undefined,
      viewRefresh: 0,

      load() {
        loading ??= loadAll().finally(() => {
          loading = undefined;
        });
        return loading;
      },

      async select(profile, region) {
        set({ switching: true });
        try {
          const session = await client.request('session.select', region ? { profile, region } : { profile });
          set((state) => ({ session: newer(state.session, session) ? session : state.session }));
          rereadRecentsAfter(session);
        } catch (reason) {
          throw toError(reason);
        } finally {
          set({ switching: false });
        }
      },

      async setTheme(theme) {
        const previous = get().theme;
        set({ theme, themeError: undefined });
        try {
          const settings = await client.request('settings.update', { theme });
          set({ settings, theme: settings.theme });
        } catch (reason) {
          set({ theme: previous, themeError: toError(reason) });
        }
      },

      async setProduction(profile, production) {
        const updated = await client.request('profiles.setProduction', { name: profile, production });
        set((state) => ({
          profiles: state.profiles.map((entry) => (entry.name === updated.name ? updated : entry)),
          session:
            state.session && state.session.profile === updated.name
              ? { ...state.session, production: updated.production }
              : state.session,
        }));
      },

      refreshViews() {
        set((state) => ({ viewRefresh: state.viewRefresh + 1 }));
      },

      async reloadProfiles() {
        const profiles = await client.request('profiles.list', {});
        set({ profiles });
      },

      async refresh() {
        if (get().status !== 'ready') return get().load();
        try {
          const [session, profiles, settings] = await Promise.all([
            client.request('session.current', {}),
            client.request('profiles.list', {}),
            client.request('settings.get', {}),
          ]);
          set((state) => ({
            session: newer(state.session, session) ? session : state.session,
            profiles,
            settings,
            theme: settings.theme,
          }));
        } catch {
          // Still unreachable: the connection banner already says so, and the next reconnect retries.
        }
      },

      watch() {
        return client.subscribe('session.watch', {}, (session) => {
          set((state) => (newer(state.session, session) ? { session } : {}));
          rereadRecentsAfter(session);
        });
      },
    };
  });
}
