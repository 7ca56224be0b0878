import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimentSummary } from '../support/fake-areas/experiments';
import { typeInto } from '../jobs/form-helpers';
import { preloadExperimentsChunks, renderExperiments } from './experiments-app';

describe('experiments: the list', { timeout: 20_000 }, () => {
  beforeAll(preloadExperimentsChunks, 60_000);

  it('lists the experiments with their tags, each linked to its runs', async () => {
    await renderExperiments('#/experiments');
    const churn = await screen.findByTestId('experiment-row-churn-experiment');
    expect(churn.getAttribute('href')).toBe('#/experiments/churn-experiment');
    expect(screen.getByTestId('experiment-row-fraud-experiment')).toBeTruthy();
    const table = screen.getByTestId('experiments-table');
    expect(within(table).getByText('team: growth')).toBeTruthy();
    expect(within(table).getByText('stage: dev')).toBeTruthy();
    expect(within(table).getByText('Churn classifier tuning')).toBeTruthy();
  });

  it('searches through AWS by name and says when nothing matches', async () => {
    const { host } = await renderExperiments('#/experiments');
    await screen.findByTestId('experiment-row-churn-experiment');
    typeInto('experiments-search', 'fraud');
    await waitFor(() => expect(host.callsTo('experiments.list').at(-1)?.input).toEqual({ nameContains: 'fraud' }));
    await waitFor(() => expect(screen.queryByTestId('experiment-row-churn-experiment')).toBeNull());
    expect(screen.getByTestId('experiment-row-fraud-experiment')).toBeTruthy();
    typeInto('experiments-search', 'nothing-here');
    expect((await screen.findByTestId('experiments-empty')).textContent).toContain('No experiments match');
  });

  it('narrows the list to experiments carrying the tags, through tags.find, kept in the address', async () => {
    const { host } = await renderExperiments('#/experiments', {
      before: (host) => host.tags.byArn.set(experimentSummary('churn-experiment').arn, { team: 'growth' }),
    });
    await screen.findByTestId('experiment-row-fraud-experiment');
    fireEvent.change(screen.getByTestId('tag-filter-input'), { target: { value: 'team=growth' } });
    fireEvent.click(screen.getByTestId('tag-filter-apply'));
    await waitFor(() => expect(screen.queryByTestId('experiment-row-fraud-experiment')).toBeNull());
    expect(screen.getByTestId('experiment-row-churn-experiment')).toBeTruthy();
    expect(screen.getByTestId('tag-filter-hidden').textContent).toBe('1 hidden by tag filter team=growth.');
    expect(host.callsTo('tags.find').at(-1)?.input).toEqual({ filters: [{ key: 'team', value: 'growth' }] });
    expect(window.location.hash).toBe('#/experiments?tags=team%3Dgrowth');
  });

  it("says why the list failed with AWS's reason, and lists on a retry", async () => {
    await renderExperiments('#/experiments', {
      before: (host) =>
        host.failNext('experiments.list', {
          code: 'AccessDeniedException',
          message: 'not authorized to perform: sagemaker:Search',
        }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The experiments could not be listed');
    expect(alert.textContent).toContain('sagemaker:Search');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('experiment-row-churn-experiment')).toBeTruthy();
  });

  it('says where to start when the region has no experiments', async () => {
    await renderExperiments('#/experiments', { experiments: [], runs: {} });
    expect((await screen.findByTestId('experiments-empty')).textContent).toContain('started with an ExperimentConfig');
  });
});
