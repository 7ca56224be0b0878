import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricSeries } from '../../../shared/domain/jobs';
import { jobSummary } from '../support/fixtures';
import { preloadJobChunks, renderJobs } from './jobs-app';

const T0 = '2026-11-26T10:00:00.000Z';
const T1 = '2026-11-26T10:01:00.000Z';
const T2 = '2026-11-26T10:02:00.000Z';

const series: MetricSeries[] = [
  { metric: 'train:loss', points: [{ time: T0, value: 0.92 }, { time: T1, value: 0.61 }, { time: T2, value: 0.43 }] },
  // Validation reports less often: its missing minute is a gap, never a made-up value.
  { metric: 'validation:accuracy', points: [{ time: T0, value: 0.71 }, { time: T2, value: 0.88 }] },
];

const run = jobSummary('run-1', { status: 'Completed', endedAt: '2026-11-26T10:03:00.000Z' });

function tableRows(): string[][] {
  const table = screen.getByTestId('job-metrics-table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('training metrics chart', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('draws the series in a labelled chart region with the values in a table', async () => {
    await renderJobs('#/training/jobs/run-1', { jobs: [run], metrics: { 'run-1': series } });
    const chart = await screen.findByRole('img', { name: 'Chart of train:loss, validation:accuracy over time' });
    // uPlot built its plot (a canvas) inside the region, rather than failing over to the table.
    expect(chart.querySelector('canvas')).not.toBeNull();

    const table = screen.getByTestId('job-metrics-table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Time', 'train:loss', 'validation:accuracy']);
    const rows = tableRows();
    expect(rows.map((row) => row[0])).toEqual([T0, T1, T2].map((time) => new Date(time).toLocaleString()));
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['0.92', '0.71'],
      ['0.61', '-'],
      ['0.43', '0.88'],
    ]);
  });

  it('lets keyboard and screen-reader users hide and show a series', async () => {
    await renderJobs('#/training/jobs/run-1', { jobs: [run], metrics: { 'run-1': series } });
    const legend = await screen.findByRole('group', { name: 'Show or hide metrics' });
    const loss = within(legend).getByRole('button', { name: 'train:loss' });
    expect(loss.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(loss);
    expect(loss.getAttribute('aria-pressed')).toBe('false');
    expect(within(legend).getByRole('button', { name: 'validation:accuracy' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(loss);
    expect(loss.getAttribute('aria-pressed')).toBe('true');
  });

  it('says plainly when the job has reported no metrics', async () => {
    await renderJobs('#/training/jobs/run-1', { jobs: [run] });
    await screen.findByText('No metrics reported yet (CloudWatch namespace /aws/sagemaker/TrainingJobs).');
    expect(screen.queryByTestId('job-metrics')).toBeNull();
    expect(screen.queryByRole('img', { name: /^Chart of/ })).toBeNull();
  });
});
