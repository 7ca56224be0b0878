import type { complianceRequests, complianceStreams } from '../../../../shared/contract/compliance';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { WatcherRegistry } from '../../watch/watcher-registry';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { AreaModule } from '../area-module';
import { readComplianceReport } from './compliance-report';
import { regionsStore } from './regions-store';
import { exportReport } from './report-export';

export interface ComplianceAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  watchers: WatcherRegistry;
  writes?: WriteEpoch;
  /** Where the console keeps local state (budgets, records): options.dataDir. */
  dataDir: string;
  now?: () => number;
}

/** The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export function complianceArea(deps: ComplianceAreaDeps): AreaModule<typeof complianceRequests, typeof complianceStreams> {
  const now = deps.now ?? Date.now;
  const regions = regionsStore(deps.dataDir);
  const chosen = async () => {
    const { profile, region } = deps.session.current();
    const saved = await regions.get(profile);
    return { profile, region, chosenRegions: saved ?? [region], chosen: saved !== undefined };
  };
  const report = async (signal?: AbortSignal) => readComplianceReport(await deps.clients.current(), await chosen(), now(), signal);
  return {
    requests: {
      'compliance.report': (_input, ctx) => report(ctx.signal),
      'compliance.export': async (_input, ctx) => exportReport(await report(ctx.signal)),
      'compliance.regions': async () => {
        const { chosenRegions, chosen: isChosen } = await chosen();
        return { regions: chosenRegions, chosen: isChosen };
      },
      'compliance.setRegions': async (input) => ({ regions: await regions.set(deps.session.current().profile, input.regions) }),
    },
    streams: {},
    dispose: () => undefined,
  };
}
