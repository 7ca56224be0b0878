import { describe, expect, it } from 'vitest';
import type { JobStatus, JobSummary } from '../../../shared/domain/jobs';
import { finishedJobs, notificationText } from '../../../renderer/src/features/jobs/notifications/job-transitions';

const job = (name: string, status: JobStatus, extra: Partial<JobSummary> = {}): JobSummary => ({
  kind: 'processing',
  name,
  arn: `arn:aws:sagemaker:us-east-1:111122223333:processing-job/${name}`,
  status,
  createdAt: '2026-12-05T10:00:00.000Z',
  ...extra,
});

describe('which jobs are news', () => {
  it('announces a job seen running that has ended, however it ended', () => {
    const before = new Map<string, JobStatus>([
      ['a', 'InProgress'],
      ['b', 'Stopping'],
      ['c', 'InProgress'],
      ['d', 'InProgress'],
    ]);
    const now = [job('a', 'Completed'), job('b', 'Stopped'), job('c', 'Failed'), job('d', 'InProgress')];
    expect(finishedJobs(before, now).map((j) => j.name)).toEqual(['a', 'b', 'c']);
  });

  it('stays quiet about jobs first seen already ended, so a late start does not replay history', () => {
    expect(finishedJobs(new Map(), [job('old', 'Completed'), job('older', 'Failed')])).toEqual([]);
    expect(finishedJobs(new Map([['x', 'Completed']]), [job('x', 'Completed')])).toEqual([]);
  });

  it('puts the failure reason in the body of a failed job’s notification', () => {
    const text = notificationText(job('prep', 'Failed', { failureReason: 'ClientError: No S3 objects found' }));
    expect(text).toEqual({ title: 'Processing job prep failed', body: 'ClientError: No S3 objects found' });
    expect(notificationText(job('xgb', 'Completed', { kind: 'training' })).title).toBe('Training job xgb completed');
  });
});
