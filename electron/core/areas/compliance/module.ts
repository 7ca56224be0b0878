import type { complianceRequests, complianceStreams } from '../../../../shared/contract/compliance';
import type { AreaModule } from '../area-module';
import type { SecurityAreaDeps } from '../security-area-deps';
import { readComplianceReport } from './compliance-report';
import { regionsStore } from './regions-store';
import { exportReport } from './report-export';

export type ComplianceAreaDeps = SecurityAreaDeps;

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
