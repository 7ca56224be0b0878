import { describe, expect, it } from 'vitest';
import { SEARCH_UNAVAILABLE } from '../../../electron/core/areas/jobs/job-listing';
import type { JobDetail, JobPage } from '../../../shared/domain/jobs';
import { useCliEmulatorHome } from '../../support/cli-emulator-home';

const cli = useCliEmulatorHome('sagedeck-jobs-cli-');

describe('sagedeck call jobs.list', () => {
  it('prints the built-in sandbox profile\'s jobs, filtered by AWS status and name, with either option form', async () => {
    // One after another: each CLI process starts the embedded sandbox on the same data dir, and two
    // starting at once can each see the other's half-saved state (see the closing note of issue 8).
    const all = await cli.json<JobPage>('call', 'jobs.list', '{"kind":"training"}', '--profile', 'sandbox');
    const completed = await cli.json<JobPage>('call', 'jobs.list', '{"kind":"training","status":"Completed"}', '--profile=sandbox');
    const processing = await cli.json<JobPage>('call', 'jobs.list', '{"kind":"processing","nameContains":"preprocess"}', '--profile=sandbox');
    // The demo seed: 21 training jobs, 17 of them Completed; the nightly preprocessing jobs.
    expect(all.items).toHaveLength(21);
    expect(all.notice).toBeUndefined();
    expect(all.items[0]).toMatchObject({ kind: 'training', status: 'InProgress', instanceType: expect.stringMatching(/^ml\./) });
    expect(completed.items).toHaveLength(17);
    expect(completed.items.every((job) => job.status === 'Completed')).toBe(true);
    expect(processing.items.length).toBeGreaterThanOrEqual(14);
    expect(processing.items.every((job) => job.kind === 'processing' && job.name.includes('preprocess'))).toBe(true);
    expect(processing.items.some((job) => job.status === 'Failed' && /N\/A/.test(job.failureReason ?? ''))).toBe(true);
  });

  it('works through a profile whose endpoint_url is another emulator without Search: list, describe, start, stop', async () => {
    cli.emulator.control.addFault({ operation: 'sagemaker:Search', kind: 'unknownOperation' });
    cli.emulator.control.resetCounters();
    const page = await cli.json<JobPage>('call', 'jobs.list', '{"kind":"training"}', '--profile', 'emulator');
    expect(page.items).toHaveLength(21);
    expect(page.notice).toBe(SEARCH_UNAVAILABLE);

    const name = page.items.find((job) => job.status === 'Completed')!.name;
    const detail = await cli.json<JobDetail>('call', 'jobs.describe', JSON.stringify({ kind: 'training', name }), '--profile', 'emulator');
    expect(detail).toMatchObject({ name, status: 'Completed', instanceType: expect.stringMatching(/^ml\./) });

    const clone = { ...detail.startInput, name: `${name.slice(0, 50)}-clone` };
    const started = await cli.json<{ arn: string }>('call', 'jobs.start', JSON.stringify(clone), '--profile', 'emulator');
    expect(started.arn).toContain(`training-job/${clone.name}`);
    const stopped = await cli.json<{ stopping: true }>('call', 'jobs.stop', JSON.stringify({ kind: 'training', name: clone.name }), '--profile', 'emulator', '--yes');
    expect(stopped).toEqual({ stopping: true });

    // Only operations AWS has, and Search only where it was tried and refused.
    const calls = cli.emulator.control.counters();
    expect(Object.keys(calls).sort()).toEqual([
      'sagemaker:CreateTrainingJob',
      'sagemaker:DescribeTrainingJob',
      'sagemaker:ListTags',
      'sagemaker:ListTrainingJobs',
      'sagemaker:Search',
      'sagemaker:StopTrainingJob',
    ]);
    expect(calls['sagemaker:Search']).toBe(1);
  });
});
