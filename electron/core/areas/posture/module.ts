import type { postureRequests, postureStreams } from '../../../../shared/contract/posture';
import type { AreaModule } from '../area-module';
import type { SecurityAreaDeps } from '../security-area-deps';
import { readPostureReport } from './posture-report';

export type PostureAreaDeps = SecurityAreaDeps;

/** Encryption and network posture across the pipeline (buckets, jobs, endpoint configs, log groups, API stages, listeners, KMS keys). */
export function postureArea(deps: PostureAreaDeps): AreaModule<typeof postureRequests, typeof postureStreams> {
  const now = deps.now ?? Date.now;
  return {
    requests: {
      'posture.report': async (_input, ctx) => (await readPostureReport(await deps.clients.current(), deps.session.current().region, now(), ctx.signal)).report,
    },
    streams: {},
    dispose: () => undefined,
  };
}
