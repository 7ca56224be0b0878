import { render } from '@testing-library/react';
import { App } from '../../../renderer/src/app/App';
import { createServices } from '../../../renderer/src/app/create-services';
import type { ExperimentSummary, Run } from '../../../shared/domain/experiments';
import { appReady } from '../support/app-ready';
import { FakeCore, type FakeCoreOptions } from '../support/fake-core';
import { experimentRun, experimentSummary } from '../support/fake-areas/experiments';
import { profile } from '../support/fixtures';
import { fakeConnection } from '../jobs/jobs-app';
import { installColorScheme } from '../support/media-query';

export interface ExperimentsAppOptions extends FakeCoreOptions {
  experiments?: ExperimentSummary[];
  runs?: Record<string, Run[]>;
  /** Runs on the host before the first render: queue a failure, set series. */
  before?: (host: FakeCore) => void;
}

const PROCESSING_ARN = 'arn:aws:sagemaker:us-east-1:000000000000:processing-job/prep-1';

/**
 * `churn-experiment`: four training runs (a–d) over max_depth and eta with the same objective,
 * AUC and logloss, and one processing run (prep) without metrics. `fraud-experiment` is empty.
 */
export function demoRuns(): Run[] {
  return [
    experimentRun(
      'run-a',
      { max_depth: '6', eta: '0.3', objective: 'binary:logistic' },
      { 'validation:auc': 0.91, 'train:logloss': 0.31 },
    ),
    experimentRun(
      'run-b',
      { max_depth: '4', eta: '0.1', objective: 'binary:logistic' },
      { 'validation:auc': 0.88, 'train:logloss': 0.35 },
    ),
    experimentRun(
      'run-c',
      { max_depth: '6', eta: '0.1', objective: 'binary:logistic' },
      { 'validation:auc': 0.94, 'train:logloss': 0.22 },
    ),
    experimentRun(
      'run-d',
      { max_depth: '8', eta: '0.2', objective: 'binary:logistic' },
      { 'validation:auc': 0.93, 'train:logloss': 0.27 },
    ),
    experimentRun(
      'prep',
      {},
      {},
      { source: { kind: 'processing', arn: PROCESSING_ARN, name: 'prep-1' }, trials: ['trial-prep'] },
    ),
  ];
}

/** The real app over the real dispatcher and gate with the fake experiments, opened at `hash`. */
export async function renderExperiments(
  hash: string,
  { experiments, runs, before, ...options }: ExperimentsAppOptions = {},
) {
  const host = new FakeCore({
    profiles: [profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' })],
    ...options,
  });
  host.experiments.experiments = experiments ?? [
    experimentSummary('churn-experiment', {
      description: 'Churn classifier tuning',
      tags: { team: 'growth', stage: 'dev' },
    }),
    experimentSummary('fraud-experiment'),
  ];
  for (const [name, items] of Object.entries(runs ?? { 'churn-experiment': demoRuns(), 'fraud-experiment': [] }))
    host.experiments.runs.set(name, items);
  before?.(host);
  window.location.hash = hash;
  const view = render(<App services={{ ...createServices(host), connection: fakeConnection() }} />);
  await appReady();
  return { host, ...view };
}

/** The area's chunks (Cloudscape tables, modals) before the tests: the first import is slow on a busy machine. */
export async function preloadExperimentsChunks(): Promise<void> {
  // uPlot (the comparison's charts) reads matchMedia when it loads; jsdom has none.
  if (typeof window.matchMedia !== 'function') installColorScheme(false);
  await Promise.all([
    import('../../../renderer/src/features/experiments/ExperimentsArea'),
    import('../../../renderer/src/features/experiments/runs/RunsView'),
    import('../../../renderer/src/features/experiments/compare/CompareView'),
    import('../../../renderer/src/components/ConfirmModal'),
  ]);
}
