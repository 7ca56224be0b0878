import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeData } from '../support/fake-areas/data';
import { preloadDataChunks, renderData } from './data-app';

const seed = (data: FakeData) => {
  data.addBucket('churn-data');
  data.putObject('churn-data', 'raw/2026-11-26/part-0.csv', 'x');
};

describe('restore drill and point-in-time restore', () => {
  beforeAll(preloadDataChunks, 60_000);

  it('opens on the browser’s current prefix, checks the time, and reports a passed drill', async () => {
    const { host } = await renderData('#/data/bucket/churn-data?prefix=raw%2F', seed);
    fireEvent.click(await screen.findByTestId('drill-open'));
    await waitFor(() => expect(window.location.hash).toBe('#/data/bucket/churn-data/restore?prefix=raw%2F'));
    await screen.findByTestId('restore-form');
    expect((screen.getByTestId('drill-scratch') as HTMLInputElement).value).toMatch(/^restore-drill\/\d{8}T\d{6}Z\/$/);

    fireEvent.change(screen.getByTestId('restore-as-of'), { target: { value: 'yesterday' } });
    fireEvent.click(screen.getByTestId('restore-submit'));
    expect(await screen.findByText('Enter a date and time in UTC, e.g. 2026-12-05 09:00.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('restore-as-of'), { target: { value: '2999-01-01 00:00' } });
    fireEvent.click(screen.getByTestId('restore-submit'));
    expect(await screen.findByText(/Choose a time in the past/)).toBeTruthy();
    expect(host.callsTo('prefixes.drill')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('restore-as-of'), { target: { value: '2026-11-25 09:30' } });
    fireEvent.change(screen.getByTestId('drill-scratch'), { target: { value: 'restore-drill/manual/' } });
    fireEvent.click(screen.getByTestId('restore-submit'));
    const report = await screen.findByTestId('drill-report');
    expect(report.dataset.passed).toBe('true');
    expect(report.textContent).toContain('Drill passed');
    expect(report.textContent).toContain('Checksums verified7');
    expect(host.callsTo('prefixes.drill')[0]?.input).toEqual({
      bucket: 'churn-data',
      prefix: 'raw/',
      asOf: '2026-11-25T09:30:00Z',
      scratchPrefix: 'restore-drill/manual/',
    });
  });

  it('reports a failed drill with its mismatches', async () => {
    await renderData('#/data/bucket/churn-data/restore?prefix=raw%2F', (data) => {
      seed(data);
      data.drillReport = { mismatched: [{ key: 'raw/2026-11-26/part-0.csv', expected: 'AAAA', actual: 'BBBB' }] };
    });
    await screen.findByTestId('restore-form');
    fireEvent.click(screen.getByTestId('restore-submit'));
    const report = await screen.findByTestId('drill-report');
    expect(report.dataset.passed).toBe('false');
    expect(report.textContent).toContain('Drill failed');
    expect(report.textContent).toContain('raw/2026-11-26/part-0.csv: expected AAAA, restored BBBB');
  });

  it('restores the prefix to a point in time only after the host’s confirmation, then shows the counts', async () => {
    const { host } = await renderData('#/data/bucket/churn-data/restore?prefix=raw%2F', seed);
    await screen.findByTestId('restore-form');
    fireEvent.click(screen.getByText('Point-in-time restore'));
    expect(screen.queryByTestId('drill-scratch')).toBeNull();
    fireEvent.change(screen.getByTestId('restore-as-of'), { target: { value: '2026-11-25T09:30:00Z' } });
    fireEvent.click(screen.getByTestId('restore-submit'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('s3://churn-data/raw/');
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    const report = await screen.findByTestId('restore-report');
    expect(report.textContent).toContain('Restored2');
    expect(report.textContent).toContain('Hidden (created later)1');
    expect(host.callsTo('prefixes.restore').at(-1)).toMatchObject({
      input: { bucket: 'churn-data', prefix: 'raw/', asOf: '2026-11-25T09:30:00Z' },
      meta: { confirmed: true },
    });
  });
});
