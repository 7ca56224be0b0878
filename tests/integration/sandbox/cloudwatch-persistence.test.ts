import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  GetMetricStatisticsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import { startTestSandbox, tempDir, type TestSandbox } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string): Promise<{ env: TestSandbox; cloudwatch: CloudWatchClient }> {
  const env = await startTestSandbox({ modules: [createCloudWatchModule], dataDir });
  const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
  cleanups.push(async () => {
    cloudwatch.destroy();
    await env.stop();
  });
  return { env, cloudwatch };
}

const metric = { Namespace: 'SageDeck/Test', MetricName: 'Errors', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }] };

describe('CloudWatch persistence and reset', () => {
  it('keeps datapoints, alarms and history across a restart, and keeps evaluating', async () => {
    const dataDir = tempDir('sagedeck-cloudwatch-data-');
    cleanups.push(() => dataDir.remove());
    const first = await start(dataDir.path);
    const t0 = first.env.clock.now();
    await first.cloudwatch.send(new PutMetricDataCommand({ Namespace: metric.Namespace, MetricData: [{ ...metric, Values: [1, 2, 3, 4] }] }));
    await first.cloudwatch.send(
      new PutMetricAlarmCommand({ ...metric, AlarmName: 'errors', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 5, ComparisonOperator: 'GreaterThanThreshold' }),
    );
    first.env.clock.advance(60_000);
    expect((await first.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms?.[0]?.StateValue).toBe('ALARM');
    await first.env.stop();

    const second = await start(dataDir.path);
    const stats = await second.cloudwatch.send(
      new GetMetricStatisticsCommand({ ...metric, StartTime: new Date(t0), EndTime: new Date(t0 + 60_000), Period: 60, Statistics: ['Sum'] }),
    );
    expect(stats.Datapoints?.map((point) => point.Sum)).toEqual([10]);
    const alarm = (await second.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms?.[0];
    expect(alarm).toMatchObject({ AlarmName: 'errors', StateValue: 'ALARM' });
    // The restored alarm is evaluated again (the new manual clock starts at 09:00 once more): the
    // minute after the data is quiet and sends it to INSUFFICIENT_DATA.
    second.env.clock.advance(120_000);
    expect((await second.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms?.[0]?.StateValue).toBe('INSUFFICIENT_DATA');
    const history = await second.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'errors', HistoryItemType: 'StateUpdate' }));
    expect(history.AlarmHistoryItems?.map((item) => item.HistorySummary)).toEqual(['Alarm updated from ALARM to INSUFFICIENT_DATA', 'Alarm updated from INSUFFICIENT_DATA to ALARM']);
  });

  it('drops everything and stops evaluating on the control API reset', async () => {
    const { env, cloudwatch } = await start(tempDir('sagedeck-cloudwatch-reset-').path);
    await cloudwatch.send(new PutMetricAlarmCommand({ ...metric, AlarmName: 'errors', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 5, ComparisonOperator: 'GreaterThanThreshold' }));
    expect(env.clock.pending()).toBeGreaterThan(0);
    await env.sandbox.control.reset();
    expect(env.clock.pending()).toBe(0);
    expect((await cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
  });
});
