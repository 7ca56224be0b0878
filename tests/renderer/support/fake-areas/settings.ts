import type { settingsRequests, settingsStreams } from '../../../../shared/contract/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** settings.*: one in-memory settings.json. Others follow it through `onChange` (production marks). */
export class FakeSettings {
  current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(initial: Partial<Settings> = {}) {
    this.current = { ...DEFAULT_SETTINGS, ...initial };
  }

  update(patch: Partial<Settings>): Settings {
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener(this.current);
    return this.current;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** What a switch writes: the session to start with next time, and the recent lists. */
  rememberSession(profile: string, region: string): void {
    this.update({
      profile,
      region,
      recentProfiles: [profile, ...this.current.recentProfiles.filter((entry) => entry !== profile)],
      recentRegions: [region, ...this.current.recentRegions.filter((entry) => entry !== region)],
    });
  }

  readonly requests: RequestHandlersOf<typeof settingsRequests> = {
    'settings.get': async () => this.current,
    'settings.update': async (input) =>
      this.update(Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))),
    'settings.reset': async () => {
      this.current = { ...DEFAULT_SETTINGS };
      return this.update({});
    },
  };

  readonly streams: StreamHandlersOf<typeof settingsStreams> = {};
}
