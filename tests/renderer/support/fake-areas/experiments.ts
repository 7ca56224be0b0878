import type { experimentsRequests, experimentsStreams } from '../../../../shared/contract/experiments';
import type { ExperimentSummary, Run, RunMetricSeries } from '../../../../shared/domain/experiments';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/**
 * experiments.*: answers from `experiments`, `runs` (by experiment name) and `series`; re-runs are
 * recorded in `reruns`. Tests set the data they need.
 */
export class FakeExperiments {
  experiments: ExperimentSummary[] = [];
  runs = new Map<string, Run[]>();
  series: RunMetricSeries[] = [];
  readonly reruns: { trainingJob: string; name: string }[] = [];

  readonly requests: RequestHandlersOf<typeof experimentsRequests> = {
    'experiments.list': async (input) => ({
      items: structuredClone(this.experiments.filter((e) => !input.nameContains || e.name.includes(input.nameContains))),
    }),
    'experiments.runs': async (input) => {
      const items = this.runs.get(input.experiment);
      if (!items) throw new SageDeckError({ code: 'ResourceNotFound', message: `Experiment ${input.experiment} does not exist.`, retryable: false });
      return { experiment: input.experiment, items: structuredClone(items), trials: [...new Set(items.flatMap((r) => r.trials))] };
    },
    'experiments.series': async (input) => ({
      series: structuredClone(this.series.filter((s) => input.runs.some((r) => r.run === s.run))),
    }),
    'experiments.rerun': async (input) => {
      this.reruns.push({ ...input });
      return { arn: `arn:aws:sagemaker:us-east-1:000000000000:training-job/${input.name}`, name: input.name };
    },
  };
  readonly streams: StreamHandlersOf<typeof experimentsStreams> = {};
}
