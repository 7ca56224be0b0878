import type { appRequests, appStreams } from '../../../../shared/contract/app';
import type { AppInfo, Diagnostics, DiagnosticsFile, UpdateStatus } from '../../../../shared/domain/app';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** app.*: what the host is, what the console has cost in calls, diagnostics and the update notice (settable). */
export class FakeApp {
  info: AppInfo = { version: '0.0.0-test', host: 'web', platform: 'test' };
  diagnostics: Diagnostics = { requests: {}, watchers: [] };
  diagnosticsFile: DiagnosticsFile = { fileName: 'sagedeck-diagnostics_test.json', content: '{}\n' };
  // No feed by default, so the update notice stays out of every other renderer test.
  updates: UpdateStatus = { current: '0.0.0-test', consent: 'unasked', feedConfigured: false };
  consents: boolean[] = [];

  readonly requests: RequestHandlersOf<typeof appRequests> = {
    'app.info': async () => this.info,
    'app.diagnostics': async () => this.diagnostics,
    'app.exportDiagnostics': async () => this.diagnosticsFile,
    'app.updateStatus': async () => this.updates,
    'app.setUpdateConsent': async ({ consent }) => {
      this.consents.push(consent);
      this.updates = { ...this.updates, consent: consent ? 'granted' : 'declined' };
      return this.updates;
    },
  };

  readonly streams: StreamHandlersOf<typeof appStreams> = {};
}
