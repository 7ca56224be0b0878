import { DAY_MS, isoDay, startOfDay, trainingJobName } from './demo-constants';
import type { DemoRun } from './demo-training';

const HOUR = 3_600_000;
export const TUNING = 'churn-xgboost-tuning';
export const FEATURES = 'churn-feature-set-v2';

/** Training jobs (by sequence) registered as churn-prediction versions 1 to 4. */
export const REGISTERED = [2, 9, 12, 18] as const;

/** The job training right now: started three minutes before the seed, 400 rounds to go through. */
export const LIVE_RUN: DemoRun = { sequence: 21, agoMs: 3 * 60_000, experiment: FEATURES, trial: 'churn-features-v2', eta: 0.1, maxDepth: 5, rounds: 400, instances: 2 };

/** Creation time `daysAgo` days back, during office hours so names read like real runs. */
function at(now: number, daysAgo: number, sequence: number): number {
  return now - (startOfDay(now - daysAgo * DAY_MS) + 9.5 * HOUR + (sequence % 3) * HOUR);
}

export function historicRuns(now: number): DemoRun[] {
  const run = (sequence: number, daysAgo: number, experiment: string, trial: string, eta: number, maxDepth: number, rounds: number, outcome?: DemoRun['outcome']): DemoRun => ({
    sequence,
    agoMs: at(now, daysAgo, sequence),
    experiment,
    trial,
    eta,
    maxDepth,
    rounds,
    ...(outcome ? { outcome } : {}),
  });
  return [
    run(1, 20, TUNING, 'churn-xgb-eta-sweep', 0.3, 6, 100),
    run(2, 19, TUNING, 'churn-xgb-eta-sweep', 0.2, 6, 120),
    run(3, 18, TUNING, 'churn-xgb-eta-sweep', 0.1, 6, 150),
    { ...run(4, 17, TUNING, 'churn-xgb-eta-sweep', 0.1, 6, 150, { kind: 'no-validation' }), untagged: true },
    run(5, 16, TUNING, 'churn-xgb-eta-sweep', 0.05, 6, 200),
    run(6, 15, TUNING, 'churn-xgb-depth-sweep', 0.1, 3, 150),
    run(7, 14, TUNING, 'churn-xgb-depth-sweep', 0.1, 4, 150),
    run(8, 13, TUNING, 'churn-xgb-depth-sweep', 0.1, 8, 300, { kind: 'stop', afterRounds: 40 }),
    run(9, 12, TUNING, 'churn-xgb-depth-sweep', 0.1, 5, 150),
    run(10, 11, TUNING, 'churn-xgb-depth-sweep', 0.15, 5, 150),
    run(11, 10, FEATURES, 'churn-features-baseline', 0.1, 5, 150),
    run(12, 9, FEATURES, 'churn-features-v2', 0.1, 5, 180),
    run(13, 8, FEATURES, 'churn-features-v2', 0.1, 5, 180, {
      kind: 'fail',
      phase: 'Downloading',
      afterRounds: 0,
      reason: 'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
    }),
    run(14, 7, FEATURES, 'churn-features-v2', 0.08, 5, 200),
    run(15, 6, FEATURES, 'churn-features-v2', 0.12, 6, 150),
    run(16, 5, FEATURES, 'churn-features-v2', 0.1, 4, 180),
    run(17, 4, FEATURES, 'churn-features-baseline', 0.1, 5, 180),
    run(18, 3, FEATURES, 'churn-features-v2', 0.1, 5, 200),
    run(19, 2, FEATURES, 'churn-features-v2', 0.09, 5, 200),
    run(20, 1, FEATURES, 'churn-features-v2', 0.11, 5, 200),
  ];
}


/**
 * The S3 keys (in sagedeck-demo-churn-data) the SageMaker demo refers to, for a seed made at
 * `now`: each training job's model artifact, the registered versions' evaluation reports and each
 * nightly run's usage file. Lets the S3 seed hold exactly the objects the jobs point at.
 */
export function demoS3Keys(now: number): { modelArtifacts: string[]; evaluations: string[]; usageFiles: string[] } {
  const runs = historicRuns(now);
  const nameOf = (run: DemoRun) => trainingJobName(now - run.agoMs, run.sequence);
  const withModel = runs.filter((r) => r.outcome === undefined || r.outcome.kind === 'stop');
  return {
    modelArtifacts: withModel.map((r) => `models/${nameOf(r)}/output/model.tar.gz`),
    evaluations: runs.filter((r) => (REGISTERED as readonly number[]).includes(r.sequence)).map((r) => `models/${nameOf(r)}/evaluation/evaluation.json`),
    usageFiles: Array.from({ length: 14 }, (_, i) => `raw/usage/${isoDay(startOfDay(now - (14 - i) * DAY_MS) + 2 * HOUR)}.csv`),
  };
}
