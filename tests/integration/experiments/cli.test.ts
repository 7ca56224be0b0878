import { describe, expect, it } from 'vitest';
import { EXPERIMENTS_WITHOUT_SEARCH } from '../../../electron/core/areas/experiments/experiment-listing';
import { RUNS_WITHOUT_SEARCH } from '../../../electron/core/areas/experiments/run-listing';
import type { ExperimentPage, RunPage } from '../../../shared/domain/experiments';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';

const cli = useCliEmulatorHome('sagedeck-experiments-cli-');

describe('sagedeck call experiments.*', () => {
  it("prints the built-in sandbox profile's experiments with their tags, and an experiment's runs", async () => {
    const list = await cli.json<ExperimentPage>('call', 'experiments.list', '{}', '--profile', 'sandbox');
    expect(list.notice).toBeUndefined();
    expect(list.items.map((e) => [e.name, e.tags])).toEqual([
      ['churn-feature-set-v2', { project: 'churn' }],
      ['churn-xgboost-tuning', { project: 'churn' }],
    ]);
    const runs = await cli.json<RunPage>('call', 'experiments.runs', '{"experiment":"churn-xgboost-tuning"}', '--profile=sandbox');
    expect(runs.items).toHaveLength(10);
    expect(runs.items.every((r) => r.parameters.max_depth !== undefined && r.source?.kind === 'training')).toBe(true);
  });

  it('works through a profile whose endpoint_url is another emulator without Search', async () => {
    cli.emulator.control.addFault({ operation: 'sagemaker:Search', kind: 'unknownOperation' });
    cli.emulator.control.resetCounters();
    const list = await cli.json<ExperimentPage>('call', 'experiments.list', '{}', '--profile', 'emulator');
    expect(list.notice).toBe(EXPERIMENTS_WITHOUT_SEARCH);
    expect(list.items.map((e) => e.name)).toEqual(['churn-feature-set-v2', 'churn-xgboost-tuning']);
    const runs = await cli.json<RunPage>('call', 'experiments.runs', '{"experiment":"churn-xgboost-tuning"}', '--profile', 'emulator');
    expect(runs.notice).toBe(RUNS_WITHOUT_SEARCH);
    expect(runs.items).toHaveLength(10);
    expect(runs.items.filter((r) => r.metrics.some((m) => m.name === 'validation:auc')).length).toBeGreaterThanOrEqual(8);

    // Only operations AWS has; Search once per read, refused.
    const calls = cli.emulator.control.counters();
    expect(Object.keys(calls).sort()).toEqual([
      'sagemaker:DescribeTrialComponent',
      'sagemaker:ListExperiments',
      'sagemaker:ListTrialComponents',
      'sagemaker:ListTrials',
      'sagemaker:Search',
    ]);
    expect(calls['sagemaker:Search']).toBe(2);
  });
});
