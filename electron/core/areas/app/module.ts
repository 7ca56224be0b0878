import packageJson from '../../../../package.json';
import type { appRequests, appStreams } from '../../../../shared/contract/app';
import type { HostKind } from '../../../../shared/domain/app';
import type { RequestCounter } from '../../aws/request-counter';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { AreaModule } from '../area-module';

export interface AppAreaDeps {
  host: HostKind;
  counter: RequestCounter;
  watchers: WatcherRegistry;
}

/** Facts about the app itself: version and host, and what it has cost in AWS calls. */
export function appArea(deps: AppAreaDeps): AreaModule<typeof appRequests, typeof appStreams> {
  return {
    requests: {
      'app.info': async () => ({ version: packageJson.version, host: deps.host, platform: process.platform }),
      'app.diagnostics': async () => ({ requests: deps.counter.snapshot(), watchers: deps.watchers.describe() }),
    },
    streams: {},
    dispose: () => undefined,
  };
}
