import { describe, expect, it } from 'vitest';
import { bestRuns, compareMetrics, compareParameters, inferGoal } from '../../../shared/domain/run-compare';
import { run } from './runs';

const runs = [
  run('a', { max_depth: '6', eta: '0.3', seed: '1' }, { 'validation:auc': 0.91, 'validation:logloss': 0.3 }),
  run('b', { max_depth: 6, eta: '0.1', seed: '1' }, { 'validation:auc': 0.93, 'validation:logloss': 0.2 }),
  run('c', { max_depth: '4', seed: '1' }, { 'validation:auc': 0.93 }),
];

describe('run comparison', () => {
  it('marks the parameters the runs disagree on; "6" and 6 agree, a missing value differs', () => {
    expect(compareParameters(runs)).toEqual([
      { name: 'eta', values: ['0.3', '0.1', undefined], differs: true },
      { name: 'max_depth', values: ['6', 6, '4'], differs: true },
      { name: 'seed', values: ['1', '1', '1'], differs: false },
    ]);
    expect(compareParameters(runs.slice(0, 2)).find((row) => row.name === 'max_depth')?.differs).toBe(false);
  });

  it('infers lower-is-better for losses and errors, higher otherwise', () => {
    expect(['validation:logloss', 'train:error', 'rmse', 'val_mae', 'MSE'].map(inferGoal)).toEqual([
      'min',
      'min',
      'min',
      'min',
      'min',
    ]);
    expect(['validation:auc', 'accuracy', 'f1'].map(inferGoal)).toEqual(['max', 'max', 'max']);
  });

  it('finds the best run per metric under its goal, ties included, and follows a flipped goal', () => {
    const rows = compareMetrics(runs);
    expect(rows).toEqual([
      { name: 'validation:auc', goal: 'max', values: [0.91, 0.93, 0.93], best: [1, 2] },
      { name: 'validation:logloss', goal: 'min', values: [0.3, 0.2, undefined], best: [1] },
    ]);
    expect(compareMetrics(runs, { 'validation:auc': 'min' })[0]).toMatchObject({ goal: 'min', best: [0] });
  });

  it('picks the best N runs by a metric, leaving out runs without it', () => {
    expect(bestRuns(runs, 'validation:logloss', 3).map((r) => r.name)).toEqual(['b', 'a']);
    expect(bestRuns(runs, 'validation:auc', 2).map((r) => r.name)).toEqual(['b', 'c']);
    expect(bestRuns(runs, 'validation:auc', 1, 'min').map((r) => r.name)).toEqual(['a']);
  });
});
