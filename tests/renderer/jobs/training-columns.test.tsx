import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobSummary } from '../support/fixtures';
import { preloadJobChunks, renderJobs, rowShown } from './jobs-app';

describe('training list columns', { timeout: 20_000 }, () => {
  beforeAll(preloadJobChunks, 60_000);

  it('shows instances and the validation metric to four significant digits, and a dash without one', async () => {
    const jobs = [
      jobSummary('xgb-1', { status: 'Completed', instanceType: 'ml.m5.xlarge', instanceCount: 2, objectiveMetric: { name: 'validation:auc', value: 0.913287 } }),
      jobSummary('xgb-2', { status: 'Failed', instanceType: 'ml.m5.xlarge', instanceCount: 1, createdAt: '2026-11-25T10:00:00.000Z' }),
    ];
    await renderJobs('#/training', { jobs });
    await rowShown('xgb-1');
    const row = (name: string) => screen.getByTestId(`job-row-${name}`).closest('tr') as HTMLElement;
    expect(within(row('xgb-1')).getByText('validation:auc 0.9133')).toBeTruthy();
    expect(within(row('xgb-1')).getByText('ml.m5.xlarge × 2')).toBeTruthy();
    expect(within(row('xgb-2')).queryByText(/validation/)).toBeNull();
  });
});
