import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputOf, typeInto } from '../jobs/form-helpers';
import { preloadExperimentsChunks, renderExperiments } from './experiments-app';

/** Run names in the order the table shows them. */
const shownRuns = () =>
  [...screen.getByTestId('runs-table').querySelectorAll('[data-testid^="run-row-"]')].map((row) =>
    row.getAttribute('data-testid')!.slice('run-row-'.length),
  );

/** The runs table's Cloudscape wrapper (the test id sits on the table's root). */
const runsTable = () => createWrapper(document.body).findTable('[data-testid="runs-table"]')!;

const tableReady = () => screen.findByTestId('run-row-run-a');

describe('experiments: the runs table', { timeout: 20_000 }, () => {
  beforeAll(preloadExperimentsChunks, 60_000);

  it('shows a column per parameter and metric, the status and the source job linked to its area', async () => {
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    const table = runsTable();
    const headers = table.findColumnHeaders().map((header) => header.getElement().textContent);
    for (const name of [
      'Run',
      'Status',
      'Source job',
      'eta',
      'max_depth',
      'objective',
      'train:logloss',
      'validation:auc',
    ])
      expect(headers).toContain(name);
    const rowA = screen.getByTestId('run-row-run-a').closest('tr')!;
    expect(within(rowA).getByRole('link', { name: 'train-run-a' }).getAttribute('href')).toBe(
      '#/training/jobs/train-run-a',
    );
    expect(rowA.textContent).toContain('0.91');
    expect(rowA.textContent).toContain('Completed');
    expect(rowA.textContent).toContain('30 min 00 s');
    const prep = screen.getByTestId('run-row-prep').closest('tr')!;
    expect(within(prep).getByRole('link', { name: 'prep-1' }).getAttribute('href')).toBe('#/processing/jobs/prep-1');
  });

  it("opens a metric's min, max, average and count from its cell", async () => {
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    const rowC = screen.getByTestId('run-row-run-c').closest('tr')!;
    fireEvent.click(within(rowC).getByRole('button', { name: '0.94' }));
    const summary = await screen.findByRole('dialog');
    expect(within(summary).getByText('validation:auc')).toBeTruthy();
    expect(within(summary).getByRole('row', { name: 'Max 1.41' })).toBeTruthy();
    expect(within(summary).getByRole('row', { name: 'Count 12' })).toBeTruthy();
    fireEvent.keyDown(summary, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(within(rowC).getByRole('button', { name: '0.94' }));
  });

  it('filters on a metric and a parameter, and keeps the expression in the address', async () => {
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    typeInto('runs-filter', 'validation:auc > 0.9 and max_depth = 6');
    await waitFor(() => expect(shownRuns()).toEqual(['run-a', 'run-c']));
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('filter')).toBe(
      'validation:auc > 0.9 and max_depth = 6',
    );
    expect(screen.getByTestId('runs-table').textContent).toContain('(2 of 5)');
  });

  it('keeps a bad expression in the box and the address, says what and where, and shows every run', async () => {
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    typeInto('runs-filter', 'validation:auc >> 0.9');
    expect(await screen.findByText('Expected a value after ">" (at character 17)')).toBeTruthy();
    expect(inputOf('runs-filter').value).toBe('validation:auc >> 0.9');
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('filter')).toBe('validation:auc >> 0.9');
    expect(shownRuns()).toHaveLength(5);
    typeInto('runs-filter', 'accuracy > 0.9');
    expect(
      await screen.findByText(/"accuracy" is neither a parameter nor a metric of these runs \(at character 1\)/),
    ).toBeTruthy();
  });

  it('opens with the filter and sort of the address (a reload), and sorts by a clicked column', async () => {
    await renderExperiments('#/experiments/churn-experiment?filter=eta+%3C+0.3&sort=metric%3Avalidation%3Aauc&desc=1');
    await screen.findByTestId('run-row-run-c');
    expect(inputOf('runs-filter').value).toBe('eta < 0.3');
    expect(shownRuns()).toEqual(['run-c', 'run-d', 'run-b']);
    const headers = runsTable()
      .findColumnHeaders()
      .map((header) => header.getElement().textContent);
    const sortByLogloss = () =>
      fireEvent.click(
        runsTable()
          .findColumnSortingArea(headers.indexOf('train:logloss') + 1)!
          .getElement(),
      );
    sortByLogloss();
    await waitFor(() => expect(new URLSearchParams(window.location.hash.split('?')[1]).get('desc')).toBeNull());
    sortByLogloss();
    await waitFor(() => expect(shownRuns()).toEqual(['run-b', 'run-d', 'run-c']));
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('desc')).toBe('1');
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('sort')).toBe('metric:train:logloss');
  });

  it('selects the best three runs by a metric, sorted best first, and compares them', async () => {
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    expect(screen.getByTestId('runs-compare').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByTestId('runs-select-best'));
    await waitFor(() => expect(shownRuns().slice(0, 3)).toEqual(['run-c', 'run-d', 'run-a']));
    for (const name of ['run-c', 'run-d', 'run-a']) expect(inputOf(`run-select-${name}`).checked).toBe(true);
    expect(inputOf('run-select-run-b').checked).toBe(false);
    const compare = screen.getByTestId('runs-compare');
    expect(compare.textContent).toBe('Compare 3 runs');
    fireEvent.click(compare);
    await waitFor(() =>
      expect(window.location.hash).toBe('#/experiments/churn-experiment/compare?runs=run-c%2Crun-d%2Crun-a'),
    );
    expect(await screen.findByTestId('compare-metrics')).toBeTruthy();
  });

  it('enables Compare for two hand-picked runs only', async () => {
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    fireEvent.click(inputOf('run-select-run-b'));
    expect(screen.getByTestId('runs-compare').textContent).toBe('Compare 1 run');
    expect(screen.getByTestId('runs-compare').hasAttribute('disabled')).toBe(true);
    fireEvent.click(inputOf('run-select-run-d'));
    expect(screen.getByTestId('runs-compare').hasAttribute('disabled')).toBe(false);
  });

  it('remembers the columns chosen for the experiment', async () => {
    const { unmount } = await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    const preferences = createWrapper(document.body).findCollectionPreferences('[data-testid="runs-columns"]')!;
    fireEvent.click(preferences.findTriggerButton().getElement());
    const modal = preferences.findModal()!;
    const option = modal
      .findContentDisplayPreference()!
      .findOptions()
      .find((one) => one.findLabel().getElement().textContent === 'Parameter objective')!;
    fireEvent.click(option.findVisibilityToggle().findNativeInput().getElement());
    fireEvent.click(modal.findConfirmButton()!.getElement());
    const headers = () =>
      runsTable()
        .findColumnHeaders()
        .map((header) => header.getElement().textContent);
    await waitFor(() => expect(headers()).not.toContain('objective'));
    unmount();
    await renderExperiments('#/experiments/churn-experiment');
    await tableReady();
    expect(headers()).not.toContain('objective');
    expect(headers()).toContain('eta');
  });

  it('says the experiment does not exist, with the way back', async () => {
    await renderExperiments('#/experiments/no-such-experiment');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('There is no experiment no-such-experiment in this region');
    expect(within(alert).getByRole('link', { name: 'Back to the experiments' }).getAttribute('href')).toBe(
      '#/experiments',
    );
  });
});
