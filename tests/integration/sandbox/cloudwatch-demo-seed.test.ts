import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeProcessingJobCommand, ListProcessingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSandbox, startTestSandbox } from './support';

/** The whole sandbox with the demo seed: CloudWatch holds SageMaker's metrics and alarms, Scheduler the nightly job. */
let env: TestSandbox;
let cloudwatch: CloudWatchClient;
beforeAll(async () => {
  env = await startTestSandbox({ seed: 'demo' });
  cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
});
afterAll(async () => {
  cloudwatch.destroy();
  await env.stop();
});

const churnProd = [
  { Name: 'EndpointName', Value: 'churn-prod' },
  { Name: 'VariantName', Value: 'AllTraffic' },
];

describe('CloudWatch and Scheduler in the demo seed', () => {
  it('serves churn-prod metrics and evaluates its alarms on the clock', async () => {
    const metrics = await cloudwatch.send(new ListMetricsCommand({ Namespace: 'AWS/SageMaker', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }] }));
    expect(metrics.Metrics?.map((m) => m.MetricName)).toEqual(expect.arrayContaining(['Invocations', 'ModelLatency', 'Invocation5XXErrors']));

    env.clock.advance(10 * 60_000);
    const now = env.clock.now();
    const latency = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(now - 30 * 60_000),
        EndTime: new Date(now),
        MetricDataQueries: [
          { Id: 'p99', MetricStat: { Metric: { Namespace: 'AWS/SageMaker', MetricName: 'ModelLatency', Dimensions: churnProd }, Period: 60, Stat: 'p99' } },
          { Id: 'calls', MetricStat: { Metric: { Namespace: 'AWS/SageMaker', MetricName: 'Invocations', Dimensions: churnProd }, Period: 300, Stat: 'Sum' } },
        ],
      }),
    );
    const [p99, calls] = latency.MetricDataResults ?? [];
    expect(p99?.Values?.length).toBeGreaterThanOrEqual(25);
    expect(p99?.Values?.every((value) => value > 0)).toBe(true);
    expect(calls?.Values?.every((value) => value > 100)).toBe(true);

    const alarms = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'churn-prod-' }));
    const states = Object.fromEntries((alarms.MetricAlarms ?? []).map((alarm) => [alarm.AlarmName, alarm.StateValue]));
    expect(states).toMatchObject({ 'churn-prod-model-latency-p99': 'OK', 'churn-prod-invocations-low': 'OK' });
  });

  it('has the nightly preprocessing schedule, which starts the next run at 02:00 UTC', async () => {
    const scheduler = new SchedulerClient({ ...env.config, maxAttempts: 1 });
    const sagemaker = new SageMakerClient({ ...env.config, maxAttempts: 1 });
    try {
      const schedule = await scheduler.send(new GetScheduleCommand({ Name: 'churn-nightly-preprocess' }));
      expect(schedule).toMatchObject({ ScheduleExpression: 'cron(0 2 * * ? *)', State: 'ENABLED', ScheduleExpressionTimezone: 'UTC' });
      expect(schedule.CreationDate?.toISOString()).toBe('2025-12-21T00:00:00.000Z');
      env.clock.advance(Date.UTC(2026, 0, 6, 2, 0, 0) - env.clock.now());
      const started = await sagemaker.send(new ListProcessingJobsCommand({ CreationTimeAfter: new Date(Date.UTC(2026, 0, 6, 1, 59, 0)) }));
      const name = started.ProcessingJobSummaries?.[0]?.ProcessingJobName;
      // The template's name carries <aws.scheduler.execution-id>, so each night's job is unique.
      expect(name).toMatch(/^churn-preprocess-[0-9a-z]{16}$/);
      const job = await sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }));
      expect(job.AppSpecification?.ContainerArguments).toEqual(['--run-date', '2026-01-06T02:00:00Z', '--train-test-split-ratio', '0.3']);
    } finally {
      scheduler.destroy();
      sagemaker.destroy();
    }
  });
});
