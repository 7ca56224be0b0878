import { describe, expect, it } from 'vitest';
import { EXPERIMENTS_WITHOUT_SEARCH } from '../../../electron/core/areas/experiments/experiment-listing';
import { RUNS_WITHOUT_SEARCH } from '../../../electron/core/areas/experiments/run-listing';
import type { ExperimentPage, Run, RunPage, RunSeriesResult } from '../../../shared/domain/experiments';
import { sagemakerCalls } from '../jobs/jobs-harness';
import { useDemoWorld } from './demo-world';

const FEATURES = 'churn-feature-set-v2';

const world = useDemoWorld();

/** What a run shows apart from its tags, which only Search carries. */
const untagged = (run: Run) => ({ ...run, tags: {} });

describe('experiments on an endpoint without SageMaker Search', () => {
  it('lists experiments with ListExperiments, filtered on the name, and says descriptions and tags are missing', async () => {
    const searched = await world().ok<ExperimentPage>('experiments.list', {});
    for (const kind of ['unknownOperation', 'accessDenied'] as const) {
      world().sandbox.control.clearFaults();
      world().sandbox.control.addFault({ operation: 'sagemaker:Search', kind });
      const listed = await world().ok<ExperimentPage>('experiments.list', {});
      expect(listed.notice).toBe(EXPERIMENTS_WITHOUT_SEARCH);
      // ListExperiments' summaries carry neither descriptions nor tags.
      expect(listed.items).toEqual(searched.items.map(({ description: _description, ...e }) => ({ ...e, tags: {} })));
      const filtered = await world().ok<ExperimentPage>('experiments.list', { nameContains: 'TUNING' });
      expect(filtered.items.map((e) => e.name)).toEqual(['churn-xgboost-tuning']);
    }
  });

  it('reads runs trial by trial and describes each, the same runs as Search gives', async () => {
    const searched = await world().ok<RunPage>('experiments.runs', { experiment: FEATURES });
    world().sandbox.control.addFault({ operation: 'sagemaker:Search', kind: 'unknownOperation' });
    world().sandbox.control.resetCounters();
    const described = await world().ok<RunPage>('experiments.runs', { experiment: FEATURES });
    expect(described.notice).toBe(RUNS_WITHOUT_SEARCH);
    expect(described.trials).toEqual(searched.trials);
    expect(described.items.map(untagged)).toEqual(searched.items.map(untagged));
    expect(sagemakerCalls(world().sandboxCounters())).toEqual({
      Search: 1,
      ListTrials: 1,
      ListTrialComponents: searched.trials.length,
      DescribeTrialComponent: searched.items.length,
    });
  });

  it('still charts training runs, describing their jobs instead of searching them', async () => {
    const runs = (await world().ok<RunPage>('experiments.runs', { experiment: FEATURES })).items.filter((r) => r.status === 'Completed').slice(0, 3);
    const input = { runs: runs.map((r) => ({ run: r.arn, trainingJob: r.source!.name })) };
    const searched = await world().ok<RunSeriesResult>('experiments.series', input);
    world().sandbox.control.addFault({ operation: 'sagemaker:Search', kind: 'unknownOperation' });
    world().sandbox.control.resetCounters();
    const described = await world().ok<RunSeriesResult>('experiments.series', input);
    expect(described).toEqual(searched);
    expect(new Set(described.series.map((s) => s.run))).toEqual(new Set(runs.map((r) => r.arn)));
    expect(world().sandboxCounters()).toMatchObject({ 'sagemaker:DescribeTrainingJob': 3, 'monitoring:GetMetricData': 1 });
  });
});
