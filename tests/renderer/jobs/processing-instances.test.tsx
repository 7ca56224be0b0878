import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobSummary } from '../support/fixtures';
import { preloadJobChunks, renderJobs, rowShown } from './jobs-app';

/** 30 processing jobs, newest first by name: a first page of 25 and a second of 5. */
const jobs = Array.from({ length: 30 }, (_, index) =>
  jobSummary(`prep-${String(index).padStart(2, '0')}`, {
    kind: 'processing',
    status: 'Completed',
    createdAt: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
  }),
);

describe('processing list instance column', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('shows each row’s instances, asking the host only for the rows on screen', async () => {
    const details = Object.fromEntries(jobs.map((job) => [job.name, { instanceType: 'ml.m5.large', instanceCount: (Number(job.name.slice(-2)) % 3) + 1 }]));
    const { host } = await renderJobs('#/processing', { jobs, details });
    await rowShown('prep-29');
    const row = () => screen.getByTestId('job-row-prep-29').closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row()).getByText('ml.m5.large × 3')).toBeTruthy());
    const asked = host.jobs.instanceLookups.flat();
    // The newest 25 are on the first page; the 5 oldest are not on screen and were not asked for.
    expect(new Set(asked)).toEqual(new Set(jobs.slice(5).map((job) => job.name)));
  });
});
