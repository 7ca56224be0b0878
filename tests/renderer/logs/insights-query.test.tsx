import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type InsightsScreen from '../../../renderer/src/features/logs/insights/InsightsView';
import type { FakeQueryAnswer } from '../support/fake-areas/logs-queries';
import type { FakeCore } from '../support/fake-core';
import { preloadLogScreens, renderLogsScreen } from './groups-harness';

const GROUP = '/aws/sagemaker/TrainingJobs';
const LINES = 'fields @timestamp, @message | filter @message like /train/ | limit 20';
const BINS = 'stats count(*) by bin(5m)';

const linesAnswer: FakeQueryAnswer = {
  runningPolls: 1,
  results: {
    fields: ['@timestamp', '@message'],
    rows: [
      { '@timestamp': '2026-11-26 11:58:00.000', '@message': '[0]#011train-rmse:0.41' },
      { '@timestamp': '2026-11-26 11:59:00.000', '@message': '[1]#011train-rmse:0.37' },
    ],
    statistics: { recordsMatched: 2, recordsScanned: 1840, bytesScanned: 245_000 },
  },
};

const binsAnswer: FakeQueryAnswer = {
  results: {
    fields: ['bin(5m)', 'count(*)'],
    rows: [
      { 'bin(5m)': '2026-11-26 11:50:00.000', 'count(*)': '12' },
      { 'bin(5m)': '2026-11-26 11:55:00.000', 'count(*)': '30' },
    ],
    statistics: { recordsMatched: 42, recordsScanned: 42, bytesScanned: 5_000 },
  },
};

function seed(host: FakeCore) {
  host.logs.queries.groups = [{ name: GROUP }, { name: '/aws/sagemaker/ProcessingJobs' }];
  host.logs.queries.answers.set(LINES, linesAnswer);
  host.logs.queries.answers.set(BINS, binsAnswer);
}

// Imported after preloadLogScreens: uPlot reads matchMedia as it loads, and jsdom has none until then.
let InsightsView: typeof InsightsScreen;

/** Insights opened from a group's "Query" link: the group is already chosen. */
async function openInsights(hash = `#/logs/insights?group=${encodeURIComponent(GROUP)}`) {
  window.location.hash = hash;
  const view = await renderLogsScreen(<InsightsView />, { seed });
  await screen.findByTestId('insights-query');
  return view;
}

const editor = () => screen.getByTestId('insights-query').querySelector('textarea') as HTMLTextAreaElement;
const write = (text: string) => fireEvent.change(editor(), { target: { value: text } });
const run = () => fireEvent.click(screen.getByTestId('insights-run'));
const statusOf = () => screen.getByTestId('insights-status').dataset.status;

describe('Logs Insights queries', () => {
  beforeAll(async () => {
    await preloadLogScreens();
    InsightsView = (await import('../../../renderer/src/features/logs/insights/InsightsView')).default;
  }, 60_000);

  it('runs a query over the chosen group, polls until it completes, and shows the rows and statistics', async () => {
    const { host } = await openInsights();
    write(LINES);
    run();
    await waitFor(() => expect(statusOf()).toBe('Complete'));
    const [started] = host.logs.queries.started;
    expect(started).toMatchObject({ groups: [GROUP], query: LINES });
    // The last hour by default, ending when the query ran.
    expect((started?.endTime ?? 0) - (started?.startTime ?? 0)).toBe(3_600_000);

    const table = screen.getByTestId('insights-results');
    expect(within(table).getByRole('columnheader', { name: '@timestamp' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: '@message' })).toBeTruthy();
    expect(within(table).getByText('[1]#011train-rmse:0.37')).toBeTruthy();
    expect(screen.getByTestId('insights-statistics').textContent).toBe(
      '2 records matched · 1,840 records scanned · 245 kB scanned',
    );
    // Once while running, once complete; no chart for rows without a bin field.
    expect(host.logs.queries.pollsOf(started?.queryId ?? '')).toBe(2);
    expect(screen.queryByTestId('insights-chart')).toBeNull();
    expect(screen.getByTestId('insights-stop').getAttribute('disabled')).not.toBeNull();
  });

  it('runs with Ctrl+Enter in the editor', async () => {
    const { host } = await openInsights();
    write(BINS);
    fireEvent.keyDown(editor(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(statusOf()).toBe('Complete'));
    expect(host.logs.queries.started.map((one) => one.query)).toEqual([BINS]);
  });

  it('draws a bar chart for stats … by bin(…), beside the table of its values', async () => {
    await openInsights();
    write(BINS);
    run();
    const chart = await screen.findByTestId('insights-chart');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe('Bar chart of count(*) by bin(5m), 2 buckets');
    expect(within(screen.getByTestId('insights-results')).getByText('30')).toBeTruthy();
  });

  it('shows AWS’s compile error next to the editor, keeping the query as typed', async () => {
    const { host } = await openInsights();
    write('feilds @message');
    run();
    const field = screen.getByTestId('insights-query-field');
    await waitFor(() => expect(field.textContent).toContain('unexpected symbol found feilds at line 1 and position 1'));
    expect(editor().value).toBe('feilds @message');
    expect(host.logs.queries.started).toHaveLength(0);
    expect(screen.queryByText('The query could not start')).toBeNull();
  });

  it('asks for a log group before anything is started', async () => {
    const { host } = await openInsights('#/logs/insights');
    write(LINES);
    run();
    await screen.findByText('Choose at least one log group.');
    expect(host.logs.queries.started).toHaveLength(0);
  });

  it('queries an absolute range, refusing one that ends before it starts', async () => {
    const { host } = await openInsights();
    write(LINES);
    fireEvent.click(within(screen.getByTestId('insights-range')).getByRole('button', { name: 'Absolute' }));
    fireEvent.change(screen.getByLabelText('Start (local time)'), { target: { value: '2026-11-26T12:00' } });
    fireEvent.change(screen.getByLabelText('End (local time)'), { target: { value: '2026-11-26T11:00' } });
    run();
    await screen.findByText('The start is after the end.');
    expect(host.logs.queries.started).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('End (local time)'), { target: { value: '2026-11-26T13:30' } });
    run();
    await waitFor(() => expect(statusOf()).toBe('Complete'));
    expect(host.logs.queries.started[0]).toMatchObject({
      startTime: new Date(2026, 10, 26, 12, 0).getTime(),
      endTime: new Date(2026, 10, 26, 13, 30).getTime(),
    });
    expect(screen.queryByText('The start is after the end.')).toBeNull();
  });

  it('finds groups by prefix at AWS in the group picker', async () => {
    const { host } = await openInsights('#/logs/insights');
    const picker = createWrapper(document.body).findMultiselect('[data-testid="insights-groups"]');
    if (!picker) throw new Error('no group picker');
    fireEvent.mouseDown(picker.findTrigger().getElement());
    const filter = picker.findFilteringInput()?.findNativeInput().getElement();
    if (!filter) throw new Error('no filtering input');
    fireEvent.change(filter, { target: { value: '/aws/sagemaker/P' } });
    await waitFor(() =>
      expect(host.callsTo('logs.groups').at(-1)?.input).toMatchObject({ prefix: '/aws/sagemaker/P' }),
    );
    await waitFor(() =>
      expect(picker.findDropdown().findOptionByValue('/aws/sagemaker/ProcessingJobs')).not.toBeNull(),
    );
    expect(picker.findDropdown().findOptionByValue(GROUP)).toBeNull();
    fireEvent.mouseUp(picker.findDropdown().findOptionByValue('/aws/sagemaker/ProcessingJobs')!.getElement());
    await waitFor(() =>
      expect(picker.findTokens().map((token) => token.getElement().textContent)).toEqual([
        '/aws/sagemaker/ProcessingJobs',
      ]),
    );
  });

  it('stops a running query', async () => {
    const { host } = await openInsights();
    host.logs.queries.answers.set(LINES, { ...linesAnswer, runningPolls: 1000 });
    write(LINES);
    run();
    await waitFor(() => expect(statusOf()).toBe('Running'));
    expect(screen.getByTestId('insights-no-rows').textContent).toContain('No rows yet');
    fireEvent.click(screen.getByTestId('insights-stop'));
    await waitFor(() => expect(statusOf()).toBe('Cancelled'));
    expect(host.callsTo('logs.stopQuery')).toHaveLength(1);
  });
});
