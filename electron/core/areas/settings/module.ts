import type { settingsRequests, settingsStreams } from '../../../../shared/contract/settings';
import type { SessionManager } from '../../session/session-manager';
import type { SettingsStore } from '../../settings/settings-store';
import type { AreaModule } from '../area-module';

export interface SettingsAreaDeps {
  settings: SettingsStore;
  session: SessionManager;
}

export function settingsArea({
  settings,
  session,
}: SettingsAreaDeps): AreaModule<typeof settingsRequests, typeof settingsStreams> {
  return {
    requests: {
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
    },
    streams: {},
    dispose: () => undefined,
  };
}
