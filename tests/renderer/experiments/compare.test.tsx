import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from '../jobs/form-helpers';
import { preloadExperimentsChunks, renderExperiments } from './experiments-app';

const RUN_ARN = (name: string) => `arn:aws:sagemaker:us-east-1:000000000000:experiment-trial-component/${name}`;

describe('experiments: comparing runs', { timeout: 20_000 }, () => {
  beforeAll(preloadExperimentsChunks, 60_000);

  it('shows the differing parameters marked and folds the identical ones', async () => {
    await renderExperiments('#/experiments/churn-experiment/compare?runs=run-a,run-c,run-d');
    const differing = await screen.findByTestId('compare-parameters-differing');
    expect(within(differing).getByTestId('compare-param-max_depth').dataset.differs).toBe('true');
    expect(within(differing).getByTestId('compare-param-eta').textContent).toContain('differs');
    expect(within(differing).queryByTestId('compare-param-objective')).toBeNull();
    const identical = screen.getByTestId('compare-identical');
    const toggle = within(identical).getByRole('button', { name: 'Show 1 identical parameter' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(identical).getByTestId('compare-param-objective').dataset.differs).toBe('false');
  });

  it('marks the best value of each metric by its goal, and follows a flipped goal', async () => {
    await renderExperiments('#/experiments/churn-experiment/compare?runs=run-a,run-c,run-d');
    const metrics = await screen.findByTestId('compare-metrics');
    const auc = within(metrics).getByTestId('compare-metric-validation:auc');
    expect(within(auc).getByTestId('compare-metric-validation:auc-run-c').dataset.best).toBe('true');
    expect(within(auc).getByTestId('compare-best-validation:auc').textContent).toContain('best');
    expect(within(auc).getAllByTestId('compare-best-validation:auc')).toHaveLength(1);
    // Logloss is a loss: the lowest wins.
    const logloss = within(metrics).getByTestId('compare-metric-train:logloss');
    expect(within(logloss).getByTestId('compare-metric-train:logloss-run-c').dataset.best).toBe('true');
    expect(within(logloss).getByTestId('compare-goal-train:logloss').textContent).toContain('Lower is better');
    fireEvent.click(within(auc).getByRole('button', { name: /Higher is better/ }));
    await waitFor(() =>
      expect(within(auc).getByTestId('compare-metric-validation:auc-run-a').dataset.best).toBe('true'),
    );
    expect(within(auc).getByTestId('compare-metric-validation:auc-run-c').dataset.best).toBe('false');
  });

  it("overlays the training runs' series per metric, naming the runs, and says which runs have none", async () => {
    const { host } = await renderExperiments('#/experiments/churn-experiment/compare?runs=run-a,run-c,prep', {
      before: (host) => {
        host.experiments.series = [
          {
            run: RUN_ARN('run-a'),
            metric: 'validation:auc',
            points: [
              { seconds: 60, value: 0.8 },
              { seconds: 120, value: 0.91 },
            ],
          },
          {
            run: RUN_ARN('run-c'),
            metric: 'validation:auc',
            points: [
              { seconds: 60, value: 0.85 },
              { seconds: 120, value: 0.94 },
            ],
          },
        ];
      },
    });
    const chart = await screen.findByTestId('compare-series-validation:auc');
    expect(within(chart).getByRole('list', { name: 'Runs in validation:auc' }).textContent).toBe('run-arun-c');
    expect(within(chart).getByRole('row', { name: 'run-c 0.94 0.85 0.94' })).toBeTruthy();
    expect(screen.getByTestId('compare-series-notice').textContent).toContain('prep is not a training run');
    expect(host.callsTo('experiments.series').at(-1)?.input).toEqual({
      runs: [
        { run: RUN_ARN('run-a'), trainingJob: 'train-run-a' },
        { run: RUN_ARN('run-c'), trainingJob: 'train-run-c' },
      ],
    });
  });

  it('plots a parameter against a metric with a dot per run, in a table for screen readers too', async () => {
    await renderExperiments('#/experiments/churn-experiment/compare?runs=run-a,run-b,run-c');
    const scatter = await screen.findByTestId('compare-scatter');
    for (const name of ['run-a', 'run-b', 'run-c'])
      expect(within(scatter).getByTestId(`scatter-point-${name}`)).toBeTruthy();
    expect(within(scatter).getByRole('row', { name: 'run-b 0.1 0.35' })).toBeTruthy();
    chooseOption('scatter-parameter', 'max_depth');
    chooseOption('scatter-metric', 'validation:auc');
    const redrawn = screen.getByTestId('compare-scatter');
    expect(within(redrawn).getByRole('row', { name: 'run-b 4 0.88' })).toBeTruthy();
    expect(within(redrawn).getByRole('img').getAttribute('aria-label')).toContain(
      'validation:auc by max_depth, 3 runs',
    );
  });

  it('says what is missing when fewer than two of the runs exist', async () => {
    await renderExperiments('#/experiments/churn-experiment/compare?runs=run-a,gone');
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('gone: no such run in churn-experiment');
    expect(within(empty).getByRole('link').getAttribute('href')).toBe('#/experiments/churn-experiment');
  });
});
