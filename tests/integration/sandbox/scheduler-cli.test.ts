import { GetScheduleCommand } from '@aws-sdk/client-scheduler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAwsCli } from './support';
import { PROCESSING_TARGET, ROLE, type SchedulerSandbox, processingTemplate, startSchedulerSandbox } from './scheduler-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

/** The Debian AWS CLI v2 (2.9.19 has `aws scheduler`) next to the SDK on one sandbox. */
let env: SchedulerSandbox;
beforeEach(async () => {
  env = await startSchedulerSandbox();
});
afterEach(async () => {
  await env.stop();
});

describe('aws scheduler (CLI v2) against the sandbox', () => {
  it('creates, gets and lists schedules; the SDK sees the same', async () => {
    const created = (await env.aws(
      'scheduler', 'create-schedule',
      '--name', 'churn-nightly-preprocess',
      '--schedule-expression', 'cron(0 2 * * ? *)',
      '--schedule-expression-timezone', 'Europe/Berlin',
      '--flexible-time-window', 'Mode=OFF',
      '--target', JSON.stringify({ Arn: PROCESSING_TARGET, RoleArn: ROLE, Input: processingTemplate() }),
    )) as { ScheduleArn: string };
    expect(created.ScheduleArn).toBe('arn:aws:scheduler:us-east-1:111122223333:schedule/default/churn-nightly-preprocess');

    const got = (await env.aws('scheduler', 'get-schedule', '--name', 'churn-nightly-preprocess')) as Record<string, unknown>;
    expect(got).toMatchObject({
      Name: 'churn-nightly-preprocess',
      GroupName: 'default',
      State: 'ENABLED',
      ScheduleExpression: 'cron(0 2 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: PROCESSING_TARGET, RoleArn: ROLE },
    });
    expect(got.CreationDate).toBe('2026-01-05T09:00:00+00:00');

    const listed = (await env.aws('scheduler', 'list-schedules', '--name-prefix', 'churn')) as { Schedules: { Name: string; State: string; Target: { Arn: string } }[] };
    expect(listed.Schedules).toEqual([expect.objectContaining({ Name: 'churn-nightly-preprocess', State: 'ENABLED', Target: { Arn: PROCESSING_TARGET } })]);

    const fromSdk = await env.scheduler.send(new GetScheduleCommand({ Name: 'churn-nightly-preprocess' }));
    expect(fromSdk.ScheduleExpressionTimezone).toBe('Europe/Berlin');
  });

  it('reports Scheduler errors the CLI understands', async () => {
    const missing = await runAwsCli(['scheduler', 'get-schedule', '--name', 'nope'], { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/An error occurred \(ResourceNotFoundException\) when calling the GetSchedule operation.*: Schedule nope does not exist\./);
  });
});
