import packageJson from '../../../../package.json';
import type { appRequests, appStreams } from '../../../../shared/contract/app';
import type { HostKind } from '../../../../shared/domain/app';
import type { RequestCounter } from '../../aws/request-counter';
import { buildDiagnostics, type DiagnosticsSources } from '../../diagnostics/build-diagnostics';
import type { UpdateChecker } from '../../updates/update-checker';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';

export interface AppAreaDeps {
  host: HostKind;
  counter: RequestCounter;
  watchers: WatcherRegistry;
  /** Everything the diagnostics file reads besides the counters. */
  diagnostics: Omit<DiagnosticsSources, 'host' | 'counters'>;
  updates: UpdateChecker;
}

/** Facts about the app itself: version and host, what it has cost in AWS calls, diagnostics and updates. */
export function appArea(deps: AppAreaDeps): AreaModule<typeof appRequests, typeof appStreams> {
  const counters = () => ({ requests: deps.counter.snapshot(), watchers: deps.watchers.describe() });
  return {
    requests: {
      'app.info': async () => ({ version: packageJson.version, host: deps.host, platform: process.platform }),
      'app.diagnostics': async () => counters(),
      'app.exportDiagnostics': () => buildDiagnostics({ ...deps.diagnostics, host: deps.host, counters }),
      'app.updateStatus': () => deps.updates.status(),
      'app.setUpdateConsent': ({ consent }) => deps.updates.setConsent(consent),
    },
    streams: {},
    dispose: () => undefined,
  };
}
