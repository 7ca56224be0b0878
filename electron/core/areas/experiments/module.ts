import type { experimentsRequests, experimentsStreams } from '../../../../shared/contract/experiments';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { experimentList } from './experiment-listing';
import { rerunTrainingJob } from './rerun';
import { experimentRuns } from './run-listing';
import { runSeries } from './run-series';

export interface ExperimentsAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** Experiments and their runs, per-step series for comparison, re-running a training run. */
export function experimentsArea(deps: ExperimentsAreaDeps): AreaModule<typeof experimentsRequests, typeof experimentsStreams> {
  const now = deps.now ?? Date.now;
  const sagemaker = async () => (await deps.clients.current()).get('sagemaker');

  return {
    requests: {
      'experiments.list': async (input, ctx) => experimentList(await sagemaker(), input.nameContains, ctx.signal),
      'experiments.runs': async (input, ctx) => experimentRuns(await sagemaker(), input.experiment, ctx.signal),
      'experiments.series': async (input, ctx) => {
        const clients = await deps.clients.current();
        return runSeries(clients.get('sagemaker'), clients.get('cloudwatch'), input.runs, now(), ctx.signal);
      },
      'experiments.rerun': async (input, ctx) => rerunTrainingJob(await sagemaker(), input, ctx.signal),
    },
    streams: {},
    dispose: () => undefined,
  };
}
