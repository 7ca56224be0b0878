import type { experimentsRequests, experimentsStreams } from '../../../../shared/contract/experiments';
import type { ExperimentSummary, Run, RunMetricSeries } from '../../../../shared/domain/experiments';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '000000000000';

export function experimentSummary(name: string, extra: Partial<ExperimentSummary> = {}): ExperimentSummary {
  return {
    name,
    arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:experiment/${name}`,
    displayName: name,
    createdAt: '2026-11-01T09:00:00.000Z',
    tags: {},
    ...extra,
  };
}

/**
 * A completed run of training job `train-<name>` (started 10:00, 30 minutes long) with the given
 * parameters and last metric values; min, max, avg and count are derived so summaries can be read.
 */
export function experimentRun(
  name: string,
  parameters: Run['parameters'],
  metrics: Record<string, number>,
  extra: Partial<Run> = {},
): Run {
  const job = `train-${name}`;
  return {
    name,
    arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:experiment-trial-component/${name}`,
    displayName: name,
    trials: ['trial-a'],
    status: 'Completed',
    createdAt: '2026-11-02T10:00:00.000Z',
    startedAt: '2026-11-02T10:00:00.000Z',
    endedAt: '2026-11-02T10:30:00.000Z',
    source: { kind: 'training', arn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:training-job/${job}`, name: job },
    parameters,
    inputs: {},
    outputs: {},
    metrics: Object.entries(metrics).map(([metric, last]) => ({
      name: metric,
      last,
      min: last / 2,
      max: last * 1.5,
      avg: last * 0.9,
      count: 12,
    })),
    tags: {},
    ...extra,
  };
}

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
      items: structuredClone(
        this.experiments.filter((e) => !input.nameContains || e.name.includes(input.nameContains)),
      ),
    }),
    'experiments.runs': async (input) => {
      const items = this.runs.get(input.experiment);
      if (!items)
        throw new SageDeckError({
          code: 'ResourceNotFound',
          message: `Experiment ${input.experiment} does not exist.`,
          retryable: false,
        });
      return {
        experiment: input.experiment,
        items: structuredClone(items),
        trials: [...new Set(items.flatMap((r) => r.trials))],
      };
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
