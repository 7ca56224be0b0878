import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DisableAlarmActionsCommand,
  EnableAlarmActionsCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import { runAwsCli, startTestSandbox, tempDir, type TestSandbox } from './support';
import { cloudWatchError } from './cloudwatch-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir?: string): Promise<{ env: TestSandbox; cloudwatch: CloudWatchClient; aws(...args: string[]): Promise<unknown> }> {
  const env = await startTestSandbox({ modules: [createCloudWatchModule], ...(dataDir ? { dataDir } : {}) });
  const cloudwatch = new CloudWatchClient({ ...env.config, maxAttempts: 1 });
  cleanups.push(async () => {
    cloudwatch.destroy();
    await env.stop();
  });
  return {
    env,
    cloudwatch,
    async aws(...args) {
      const result = await runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
      if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed: ${result.stderr}`);
      return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as unknown);
    },
  };
}

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:on-call';
const metric = { Namespace: 'SageDeck/Test', MetricName: 'Errors', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }] };
const errorsAlarm = { ...metric, AlarmName: 'errors', Statistic: 'Sum' as const, Period: 60, EvaluationPeriods: 1, Threshold: 5, ComparisonOperator: 'GreaterThanThreshold' as const, AlarmActions: [TOPIC] };

const actionsEnabled = async (cloudwatch: CloudWatchClient, name = 'errors') =>
  (await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))).MetricAlarms?.[0]?.ActionsEnabled;

describe('DisableAlarmActions / EnableAlarmActions', () => {
  it('switch ActionsEnabled, record a ConfigurationUpdate as AWS does, and keep it across a restart', async () => {
    const dataDir = tempDir('sagedeck-cloudwatch-actions-');
    cleanups.push(() => dataDir.remove());
    const first = await start(dataDir.path);
    await first.cloudwatch.send(new PutMetricAlarmCommand(errorsAlarm));
    expect(await actionsEnabled(first.cloudwatch)).toBe(true);

    first.env.clock.advance(60_000);
    await first.cloudwatch.send(new DisableAlarmActionsCommand({ AlarmNames: ['errors', 'no-such-alarm'] }));
    expect(await actionsEnabled(first.cloudwatch)).toBe(false);
    // Disabling again changes nothing and records nothing.
    await first.cloudwatch.send(new DisableAlarmActionsCommand({ AlarmNames: ['errors'] }));

    const history = await first.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'errors', HistoryItemType: 'ConfigurationUpdate' }));
    expect(history.AlarmHistoryItems?.map((item) => item.HistorySummary)).toEqual(['Alarm "errors" updated', 'Alarm "errors" created']);
    const update = JSON.parse(history.AlarmHistoryItems?.[0]?.HistoryData ?? '{}') as { type: string; updatedAlarm: { actionsEnabled: boolean }; originalUpdatedFields: Record<string, unknown> };
    expect(update.type).toBe('Update');
    expect(update.updatedAlarm.actionsEnabled).toBe(false);
    expect(update.originalUpdatedFields).toEqual({ actionsEnabled: true, timestamp: expect.stringMatching(/\+0000$/) });
    await first.env.stop();

    const second = await start(dataDir.path);
    expect(await actionsEnabled(second.cloudwatch)).toBe(false);
    await second.cloudwatch.send(new EnableAlarmActionsCommand({ AlarmNames: ['errors'] }));
    expect(await actionsEnabled(second.cloudwatch)).toBe(true);
  });

  it('with actions disabled the alarm still changes state but executes no action', async () => {
    const { env, cloudwatch } = await start();
    await cloudwatch.send(new PutMetricAlarmCommand(errorsAlarm));
    await cloudwatch.send(new DisableAlarmActionsCommand({ AlarmNames: ['errors'] }));
    await cloudwatch.send(new PutMetricDataCommand({ Namespace: metric.Namespace, MetricData: [{ ...metric, Value: 9 }] }));
    env.clock.advance(60_000);
    expect((await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['errors'] }))).MetricAlarms?.[0]?.StateValue).toBe('ALARM');
    const actions = await cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'errors', HistoryItemType: 'Action' }));
    expect(actions.AlarmHistoryItems).toEqual([]);

    // Enabled again, the next change into ALARM executes the topic.
    await cloudwatch.send(new EnableAlarmActionsCommand({ AlarmNames: ['errors'] }));
    env.clock.advance(60_000);
    await cloudwatch.send(new PutMetricDataCommand({ Namespace: metric.Namespace, MetricData: [{ ...metric, Value: 9 }] }));
    env.clock.advance(60_000);
    const after = await cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'errors', HistoryItemType: 'Action' }));
    expect(after.AlarmHistoryItems?.map((item) => item.HistorySummary)).toEqual([`Successfully executed action ${TOPIC}`]);
  });

  it('refuses a missing AlarmNames and more than 100 names, as AWS does', async () => {
    const { cloudwatch } = await start();
    const missing = await cloudWatchError(cloudwatch.send(new DisableAlarmActionsCommand({} as never)));
    expect(missing.name).toBe('ValidationException');
    expect(missing.message).toMatch(/alarmNames/);
    const tooMany = await cloudWatchError(cloudwatch.send(new EnableAlarmActionsCommand({ AlarmNames: Array.from({ length: 101 }, (_, i) => `a${i}`) })));
    expect(tooMany.name).toBe('ValidationException');
  });

  it('works over the query protocol (AWS CLI v2)', async () => {
    const { cloudwatch, aws } = await start();
    await cloudwatch.send(new PutMetricAlarmCommand(errorsAlarm));
    await aws('cloudwatch', 'disable-alarm-actions', '--alarm-names', 'errors');
    const described = (await aws('cloudwatch', 'describe-alarms', '--alarm-names', 'errors')) as { MetricAlarms: { ActionsEnabled: boolean }[] };
    expect(described.MetricAlarms[0]?.ActionsEnabled).toBe(false);
    await aws('cloudwatch', 'enable-alarm-actions', '--alarm-names', 'errors');
    expect(await actionsEnabled(cloudwatch)).toBe(true);
  });
});
