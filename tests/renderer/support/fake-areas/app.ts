import type { appRequests, appStreams } from '../../../../shared/contract/app';
import type { AppInfo, Diagnostics } from '../../../../shared/domain/app';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** app.*: what the host is, and what the console has cost in calls (settable). */
export class FakeApp {
  info: AppInfo = { version: '0.0.0-test', host: 'web', platform: 'test' };
  diagnostics: Diagnostics = { requests: {}, watchers: [] };

  readonly requests: RequestHandlersOf<typeof appRequests> = {
    'app.info': async () => this.info,
    'app.diagnostics': async () => this.diagnostics,
  };

  readonly streams: StreamHandlersOf<typeof appStreams> = {};
}
