import {
  DeleteAlarmsCommand,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  ListTagsForResourceCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlarmStateChange } from '../../../electron/sandbox/types';
import { type CloudWatchSandbox, cloudWatchError, MINUTE, startCloudWatchSandbox } from './cloudwatch-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

let env: CloudWatchSandbox;
let changes: AlarmStateChange[];
const captureBus: Parameters<typeof startCloudWatchSandbox>[0] = [
  (moduleEnv) => {
    // Reads the registry lazily, as a consumer module would (build order does not matter).
    queueMicrotask(() => moduleEnv.bus.alarms?.onStateChange((change) => changes.push(change)));
    return { services: [] };
  },
];

beforeEach(async () => {
  changes = [];
  env = await startCloudWatchSandbox(captureBus);
});
afterEach(async () => {
  await env.stop();
});

const dimensions = [
  { Name: 'EndpointName', Value: 'churn-prod' },
  { Name: 'VariantName', Value: 'AllTraffic' },
];

function alarm(overrides: Partial<PutMetricAlarmCommandInput> = {}): PutMetricAlarmCommandInput {
  return {
    AlarmName: 'churn-prod-latency',
    Namespace: 'SageDeck/Test',
    MetricName: 'ModelLatency',
    Dimensions: dimensions,
    Statistic: 'Average',
    Period: 60,
    EvaluationPeriods: 3,
    Threshold: 80,
    ComparisonOperator: 'GreaterThanThreshold',
    AlarmActions: ['arn:aws:sns:us-east-1:111122223333:oncall'],
    ...overrides,
  };
}

/** Puts one value for the current minute with the SDK (or nothing), then lets a minute pass. */
async function minute(value: number | undefined): Promise<void> {
  if (value !== undefined) {
    await env.cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: 'SageDeck/Test',
        MetricData: [{ MetricName: 'ModelLatency', Dimensions: dimensions, Value: value, Unit: 'Milliseconds' }],
      }),
    );
  }
  env.clock.advance(MINUTE);
}

async function describe1(name = 'churn-prod-latency') {
  const result = await env.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
  const found = result.MetricAlarms?.[0];
  if (!found) throw new Error(`alarm ${name} not found`);
  return found;
}

describe('CloudWatch alarms on the sandbox clock', () => {
  it('goes INSUFFICIENT_DATA -> OK -> ALARM -> OK with AWS-worded reasons and history', async () => {
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm()));
    const created = await describe1();
    expect(created).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:churn-prod-latency',
      ActionsEnabled: true,
    });

    await minute(40); // 09:00 -> evaluated at 09:01
    const ok = await describe1();
    expect(ok.StateValue).toBe('OK');
    expect(ok.StateReason).toBe(
      'Threshold Crossed: 1 out of the last 3 datapoints [40.0 (05/01/26 09:00:00)] was not greater than the threshold (80.0) (minimum 1 datapoint for INSUFFICIENT_DATA -> OK transition).',
    );

    await minute(85.2);
    await minute(84);
    expect((await describe1()).StateValue).toBe('OK'); // only 2 of 3 breaching so far
    await minute(90);
    const alarmed = await describe1();
    expect(alarmed.StateValue).toBe('ALARM');
    expect(alarmed.StateReason).toBe(
      'Threshold Crossed: 3 out of the last 3 datapoints [90.0 (05/01/26 09:03:00), 84.0 (05/01/26 09:02:00), 85.2 (05/01/26 09:01:00)] were greater than the threshold (80.0) (minimum 3 datapoints for OK -> ALARM transition).',
    );
    expect(alarmed.StateTransitionedTimestamp?.toISOString()).toBe('2026-01-05T09:04:00.000Z');
    const reasonData = JSON.parse(alarmed.StateReasonData ?? '{}') as Record<string, unknown>;
    expect(reasonData).toMatchObject({ version: '1.0', statistic: 'Average', period: 60, threshold: 80, recentDatapoints: [85.2, 84, 90] });

    await minute(20);
    const back = await describe1();
    expect(back.StateValue).toBe('OK');
    expect(back.StateReason).toContain('[20.0 (05/01/26 09:04:00)] was not greater than the threshold (80.0) (minimum 1 datapoint for ALARM -> OK transition)');

    const history = await env.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'churn-prod-latency', ScanBy: 'TimestampAscending' }));
    const items = history.AlarmHistoryItems ?? [];
    expect(items.map((item) => `${item.HistoryItemType}: ${item.HistorySummary}`)).toEqual([
      'ConfigurationUpdate: Alarm "churn-prod-latency" created',
      'StateUpdate: Alarm updated from INSUFFICIENT_DATA to OK',
      'StateUpdate: Alarm updated from OK to ALARM',
      'Action: Successfully executed action arn:aws:sns:us-east-1:111122223333:oncall',
      'StateUpdate: Alarm updated from ALARM to OK',
    ]);
    const toAlarm = JSON.parse(items[2]?.HistoryData ?? '{}') as { oldState: { stateValue: string }; newState: { stateValue: string; stateReason: string } };
    expect(toAlarm.oldState.stateValue).toBe('OK');
    expect(toAlarm.newState).toMatchObject({ stateValue: 'ALARM', stateReason: alarmed.StateReason });

    const onlyState = await env.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'churn-prod-latency', HistoryItemType: 'StateUpdate', MaxRecords: 2 }));
    expect(onlyState.AlarmHistoryItems?.map((item) => item.HistorySummary)).toEqual([
      'Alarm updated from ALARM to OK',
      'Alarm updated from OK to ALARM',
    ]);
    expect(onlyState.NextToken).toBeDefined();

    // The bus listeners (Auto Scaling, deployments) saw every transition.
    expect(changes.map((change) => `${change.from}->${change.to}`)).toEqual(['INSUFFICIENT_DATA->OK', 'OK->ALARM', 'ALARM->OK']);
    expect(changes[1]).toMatchObject({ alarmName: 'churn-prod-latency', where: { accountId: '111122223333', region: 'us-east-1' } });
  });

  it('applies DatapointsToAlarm (M of N)', async () => {
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ EvaluationPeriods: 3, DatapointsToAlarm: 2 })));
    await minute(90);
    await minute(10);
    expect((await describe1()).StateValue).toBe('OK'); // 1 of 2 present breaching, 2 needed
    await minute(90);
    const alarmed = await describe1();
    expect(alarmed.StateValue).toBe('ALARM');
    expect(alarmed.StateReason).toBe(
      'Threshold Crossed: 2 out of the last 3 datapoints [90.0 (05/01/26 09:02:00), 90.0 (05/01/26 09:00:00)] were greater than the threshold (80.0) (minimum 2 datapoints for OK -> ALARM transition).',
    );
    await minute(10);
    expect((await describe1()).StateValue).toBe('OK'); // [10, 90, 10]: only 1 of 3 breaching
  });

  it('treats missing data as each TreatMissingData option says', async () => {
    const treatments = ['missing', 'ignore', 'breaching', 'notBreaching'] as const;
    for (const treat of treatments) {
      await env.cloudwatch.send(
        new PutMetricAlarmCommand(alarm({ AlarmName: `latency-${treat}`, EvaluationPeriods: 2, TreatMissingData: treat, AlarmActions: [] })),
      );
    }
    const states = async () => {
      const result = await env.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'latency-' }));
      return Object.fromEntries((result.MetricAlarms ?? []).map((found) => [found.AlarmName?.slice('latency-'.length), found.StateValue]));
    };

    await minute(90); // range [missing, 90]
    expect(await states()).toEqual({ missing: 'ALARM', ignore: 'ALARM', breaching: 'ALARM', notBreaching: 'OK' });
    await minute(undefined);
    await minute(undefined); // range [missing, missing]
    expect(await states()).toEqual({ missing: 'INSUFFICIENT_DATA', ignore: 'ALARM', breaching: 'ALARM', notBreaching: 'OK' });
    expect((await describe1('latency-missing')).StateReason).toBe('Insufficient Data: 2 datapoints were unknown.');
    await minute(10); // range [missing, 10]
    expect(await states()).toEqual({ missing: 'OK', ignore: 'OK', breaching: 'OK', notBreaching: 'OK' });
    await minute(undefined);
    await minute(undefined);
    expect((await describe1('latency-breaching')).StateReason).toBe(
      'Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [Breaching].',
    );
  });

  it('lets SetAlarmState change the state until the next evaluation', async () => {
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ EvaluationPeriods: 1 })));
    await minute(10);
    expect((await describe1()).StateValue).toBe('OK');
    env.clock.advance(30_000); // mid-minute
    await env.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'churn-prod-latency', StateValue: 'ALARM', StateReason: 'testing the pager' }));
    expect(await describe1()).toMatchObject({ StateValue: 'ALARM', StateReason: 'testing the pager' });
    expect(changes.at(-1)).toMatchObject({ from: 'OK', to: 'ALARM', reason: 'testing the pager' });
    await env.cloudwatch.send(
      new PutMetricDataCommand({ Namespace: 'SageDeck/Test', MetricData: [{ MetricName: 'ModelLatency', Dimensions: dimensions, Value: 12 }] }),
    );
    env.clock.advance(30_000);
    expect((await describe1()).StateValue).toBe('OK');

    const missing = await cloudWatchError(
      env.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'OK', StateReason: 'x' })),
    );
    expect(missing.name).toBe('ResourceNotFound');
    expect(missing.message).toBe('Alarm nope not found');
    expect(missing.$metadata.httpStatusCode).toBe(404);
    const badJson = await cloudWatchError(
      env.cloudwatch.send(new SetAlarmStateCommand({ AlarmName: 'churn-prod-latency', StateValue: 'OK', StateReason: 'x', StateReasonData: '{nope' })),
    );
    expect(badJson.name).toBe('InvalidFormatFault');
  });

  it('validates alarms as AWS does', async () => {
    const both = await cloudWatchError(env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ ExtendedStatistic: 'p99' }))));
    expect(both.name).toBe('InvalidParameterCombinationException');
    const period = await cloudWatchError(env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ Period: 45 }))));
    expect(period.name).toBe('InvalidParameterValueException');
    expect(period.message).toBe('The parameter Period must be 10, 20, 30 or a multiple of 60.');
    const span = await cloudWatchError(env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ Period: 3000, EvaluationPeriods: 30 }))));
    expect(span.message).toBe('Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).');
    const mOfN = await cloudWatchError(env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ DatapointsToAlarm: 4 }))));
    expect(mOfN.message).toBe('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
    const name = await cloudWatchError(env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ AlarmName: 'x'.repeat(256) }))));
    expect(name.message).toMatch(/^1 validation error detected: Value 'x+' at 'alarmName' failed to satisfy constraint: Member must have length less than or equal to 255$/);
    const treat = await cloudWatchError(env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ TreatMissingData: 'sometimes' }))));
    expect(treat.message).toContain('TreatMissingData');
    const described = await env.cloudwatch.send(new DescribeAlarmsCommand({}));
    expect(described.MetricAlarms).toEqual([]);
  });

  it('updates, lists by metric and by state, and deletes alarms', async () => {
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm()));
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ AlarmName: 'churn-prod-p99', Statistic: undefined, ExtendedStatistic: 'p99', Threshold: 500 })));
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ AlarmName: 'other', MetricName: 'Invocations', Statistic: 'Sum' })));
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ Threshold: 100, AlarmDescription: 'raised' })));
    const updated = await describe1();
    expect(updated).toMatchObject({ Threshold: 100, AlarmDescription: 'raised', StateValue: 'INSUFFICIENT_DATA' });

    const forMetric = await env.cloudwatch.send(
      new DescribeAlarmsForMetricCommand({ Namespace: 'SageDeck/Test', MetricName: 'ModelLatency', Dimensions: [...dimensions].reverse() }),
    );
    expect(forMetric.MetricAlarms?.map((found) => found.AlarmName)).toEqual(['churn-prod-latency', 'churn-prod-p99']);
    const p99Only = await env.cloudwatch.send(
      new DescribeAlarmsForMetricCommand({ Namespace: 'SageDeck/Test', MetricName: 'ModelLatency', ExtendedStatistic: 'p99' }),
    );
    expect(p99Only.MetricAlarms?.map((found) => found.AlarmName)).toEqual(['churn-prod-p99']);

    const page = await env.cloudwatch.send(new DescribeAlarmsCommand({ MaxRecords: 2 }));
    expect(page.MetricAlarms?.map((found) => found.AlarmName)).toEqual(['churn-prod-latency', 'churn-prod-p99']);
    const rest = await env.cloudwatch.send(new DescribeAlarmsCommand({ MaxRecords: 2, NextToken: page.NextToken }));
    expect(rest.MetricAlarms?.map((found) => found.AlarmName)).toEqual(['other']);
    expect(rest.NextToken).toBeUndefined();
    const bad = await cloudWatchError(env.cloudwatch.send(new DescribeAlarmsCommand({ NextToken: 'garbage' })));
    expect(bad.name).toBe('InvalidNextToken');
    const byAction = await env.cloudwatch.send(new DescribeAlarmsCommand({ ActionPrefix: 'arn:aws:sns:us-east-1:111122223333:on' }));
    expect(byAction.MetricAlarms).toHaveLength(3);
    const alarmed = await env.cloudwatch.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }));
    expect(alarmed.MetricAlarms).toEqual([]);

    await env.cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ['other', 'churn-prod-p99'] }));
    const left = await env.cloudwatch.send(new DescribeAlarmsCommand({}));
    expect(left.MetricAlarms?.map((found) => found.AlarmName)).toEqual(['churn-prod-latency']);
    const history = await env.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: 'other' }));
    expect(history.AlarmHistoryItems?.[0]?.HistorySummary).toBe('Alarm "other" deleted');
    expect(env.clock.pending()).toBe(1); // the evaluator's minute timer, still needed for the last alarm
    await env.cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: ['churn-prod-latency'] }));
    env.clock.advance(MINUTE);
    expect(env.clock.pending()).toBe(0); // no alarm left: no timer
  });

  it('tags alarms at creation and through TagResource', async () => {
    await env.cloudwatch.send(new PutMetricAlarmCommand(alarm({ Tags: [{ Key: 'team', Value: 'ml' }] })));
    const arn = 'arn:aws:cloudwatch:us-east-1:111122223333:alarm:churn-prod-latency';
    await env.cloudwatch.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'severity', Value: 'page' }, { Key: 'team', Value: 'platform' }] }));
    await env.cloudwatch.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['severity'] }));
    const tags = await env.cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
    expect(tags.Tags).toEqual([{ Key: 'team', Value: 'platform' }]);
    const missing = await cloudWatchError(env.cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: `${arn}-nope` })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });
});
