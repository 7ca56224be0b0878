import type { Run, RunMetric, RunParameterValue } from '../shared/domain/experiments';

/*
 * The comparison the issue sizes: 50 runs × 100 parameters × 20 metrics, the same every time.
 * Browser-safe (bundled into both bench pages and read by the Node side for expected orders).
 */

export const RUN_COUNT = 50;
export const PARAMETER_COUNT = 100;
/** Three parameters in ten are the same in every run: the ones the compare view folds away. */
const IDENTICAL_EVERY = 10;
const IDENTICAL_BELOW = 3;

const STAGES = ['train', 'validation'] as const;
const MEASURES = ['auc', 'accuracy', 'f1', 'precision', 'recall', 'logloss', 'error', 'rmse', 'mae', 'ndcg'] as const;
export const METRIC_NAMES: readonly string[] = STAGES.flatMap((stage) => MEASURES.map((measure) => `${stage}:${measure}`));

const WORDS = ['gbtree', 'dart', 'gblinear', 'auto', 'exact', 'hist', 'approx', 'depthwise', 'lossguide'];
const BASES = ['max_depth', 'eta', 'subsample', 'colsample', 'lambda', 'alpha', 'gamma', 'min_child_weight', 'booster', 'tree_method'];

/** A hash in [0, 1) of two integers: deterministic noise without a generator's state. */
function noise(a: number, b: number): number {
  const x = Math.sin(a * 12.9898 + b * 78.233 + 1.618) * 43_758.5453;
  return x - Math.floor(x);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const runName = (run: number) => `bench-run-${pad(run, 2)}`;
const parameterName = (index: number) => `${BASES[index % BASES.length]}_${pad(index, 3)}`;

/** AWS keeps hyperparameters as strings, SDK runs record numbers: a third of each kind, a third words. */
function parameterValue(index: number, run: number): RunParameterValue {
  const identical = index % IDENTICAL_EVERY < IDENTICAL_BELOW;
  const draw = identical ? noise(index, 0) : noise(index, run + 1);
  switch (index % 3) {
    case 0:
      return Math.round(draw * 1000) / 100;
    case 1:
      return String(1 + Math.floor(draw * 12));
    default:
      return WORDS[Math.floor(draw * WORDS.length)]!;
  }
}

function metric(name: string, index: number, run: number): RunMetric {
  const last = Math.round(noise(run + 101, index + 7) * 1_000_000) / 1_000_000;
  const spread = 0.05 + noise(run, index) * 0.1;
  return { name, last, min: last - spread, max: last + spread, avg: last + spread / 3, count: 100 + ((run * 7 + index) % 50), stdDev: spread / 2 };
}

function benchRun(run: number): Run {
  const name = runName(run);
  const job = `bench-train-${pad(run, 2)}`;
  const started = Date.UTC(2026, 2, 1, 8, run * 3);
  return {
    name,
    arn: `arn:aws:sagemaker:us-east-1:111122223333:experiment-trial-component/${name}`,
    displayName: name,
    trials: [`trial-${String.fromCharCode(97 + (run % 5))}`],
    status: run % 11 === 10 ? 'Failed' : 'Completed',
    createdAt: new Date(started - 60_000).toISOString(),
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(started + (20 + (run % 13)) * 60_000).toISOString(),
    source: { kind: 'training', arn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${job}`, name: job },
    parameters: Object.fromEntries(Array.from({ length: PARAMETER_COUNT }, (_, index) => [parameterName(index), parameterValue(index, run)])),
    inputs: { train: 's3://sagedeck-bench/churn/train/', validation: 's3://sagedeck-bench/churn/validation/' },
    outputs: { SageMaker: `s3://sagedeck-bench/churn/models/${job}/output/model.tar.gz` },
    metrics: METRIC_NAMES.map((metricName, index) => metric(metricName, index, run)),
    tags: {},
  };
}

export const benchRuns = (): Run[] => Array.from({ length: RUN_COUNT }, (_, run) => benchRun(run));

/** Clicks in the runs table: five metrics, each ascending then descending (a header's first click sorts ascending). */
export const SORT_CLICKS: readonly { metric: string; descending: boolean }[] = ['validation:auc', 'train:logloss', 'validation:f1', 'train:rmse', 'validation:ndcg'].flatMap((metric) => [
  { metric, descending: false },
  { metric, descending: true },
]);

/** The run a sort by a metric's last value puts first: what the frame after the click must show. */
export function expectedFirst(runs: readonly Run[], metricName: string, descending: boolean): string {
  const last = (run: Run) => run.metrics.find((candidate) => candidate.name === metricName)?.last ?? Number.NaN;
  const sorted = [...runs].sort((a, b) => (descending ? last(b) - last(a) : last(a) - last(b)));
  return sorted[0]!.name;
}
