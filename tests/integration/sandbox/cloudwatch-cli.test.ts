import { DescribeAlarmsCommand, GetMetricStatisticsCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAwsCli } from './support';
import { type CloudWatchSandbox, MINUTE, startCloudWatchSandbox } from './cloudwatch-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

/**
 * The Debian AWS CLI v2 (botocore 2.9, which speaks awsQuery to CloudWatch) next to the SDK
 * (awsJson1_0): both see one state.
 */
let env: CloudWatchSandbox;
beforeEach(async () => {
  env = await startCloudWatchSandbox();
});
afterEach(async () => {
  await env.stop();
});

const start = '2026-01-05T09:00:00Z';
const dims = 'Name=EndpointName,Value=churn-prod';

describe('aws cloudwatch (CLI v2, query protocol) against the sandbox', () => {
  it('puts metric data and reads statistics written by either client', async () => {
    await env.aws('cloudwatch', 'put-metric-data', '--namespace', 'SageDeck/Test', '--metric-name', 'Invocations', '--dimensions', 'EndpointName=churn-prod', '--value', '7', '--unit', 'Count');
    await env.aws('cloudwatch', 'put-metric-data', '--namespace', 'SageDeck/Test', '--metric-data', JSON.stringify([{ MetricName: 'Invocations', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }], Values: [1, 2, 3], Counts: [1, 1, 2], Unit: 'Count' }]));
    await env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Test', MetricData: [{ MetricName: 'Invocations', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }], Value: 5, Unit: 'Count' }] }));
    env.clock.advance(MINUTE);

    const stats = (await env.aws('cloudwatch', 'get-metric-statistics', '--namespace', 'SageDeck/Test', '--metric-name', 'Invocations', '--dimensions', dims, '--start-time', start, '--end-time', '2026-01-05T09:10:00Z', '--period', '60', '--statistics', 'Sum', 'SampleCount', 'Maximum')) as {
      Label: string;
      Datapoints: { Timestamp: string; Sum: number; SampleCount: number; Maximum: number; Unit: string }[];
    };
    expect(stats.Label).toBe('Invocations');
    expect(stats.Datapoints).toEqual([{ Timestamp: '2026-01-05T09:00:00+00:00', Sum: 21, SampleCount: 6, Maximum: 7, Unit: 'Count' }]);

    const extended = (await env.aws('cloudwatch', 'get-metric-statistics', '--namespace', 'SageDeck/Test', '--metric-name', 'Invocations', '--dimensions', dims, '--start-time', start, '--end-time', '2026-01-05T09:10:00Z', '--period', '60', '--extended-statistics', 'p50', 'p99')) as {
      Datapoints: { ExtendedStatistics: Record<string, number> }[];
    };
    expect(extended.Datapoints[0]?.ExtendedStatistics).toEqual({ p50: 3, p99: 7 });

    const data = (await env.aws('cloudwatch', 'get-metric-data', '--start-time', start, '--end-time', '2026-01-05T09:10:00Z', '--metric-data-queries', JSON.stringify([{ Id: 'total', MetricStat: { Metric: { Namespace: 'SageDeck/Test', MetricName: 'Invocations', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }] }, Period: 60, Stat: 'Sum' } }]))) as {
      MetricDataResults: { Id: string; Values: number[]; Timestamps: string[]; StatusCode: string }[];
    };
    expect(data.MetricDataResults[0]).toMatchObject({ Id: 'total', Values: [21], StatusCode: 'Complete' });

    const listed = (await env.aws('cloudwatch', 'list-metrics', '--namespace', 'SageDeck/Test')) as { Metrics: unknown[] };
    expect(listed.Metrics).toEqual([{ Namespace: 'SageDeck/Test', MetricName: 'Invocations', Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }] }]);
  });

  it('creates an alarm, sets its state and reads it back with the SDK, and history with the CLI', async () => {
    await env.aws('cloudwatch', 'put-metric-alarm', '--alarm-name', 'churn-5xx', '--namespace', 'SageDeck/Test', '--metric-name', 'Errors', '--dimensions', dims, '--statistic', 'Sum', '--period', '60', '--evaluation-periods', '2', '--datapoints-to-alarm', '1', '--threshold', '0', '--comparison-operator', 'GreaterThanThreshold', '--treat-missing-data', 'notBreaching', '--alarm-actions', 'arn:aws:sns:us-east-1:111122223333:oncall');
    const described = (await env.aws('cloudwatch', 'describe-alarms', '--alarm-names', 'churn-5xx')) as { MetricAlarms: Record<string, unknown>[]; CompositeAlarms: unknown[] };
    expect(described.MetricAlarms[0]).toMatchObject({
      AlarmName: 'churn-5xx',
      StateValue: 'INSUFFICIENT_DATA',
      Threshold: 0,
      EvaluationPeriods: 2,
      DatapointsToAlarm: 1,
      TreatMissingData: 'notBreaching',
      Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }],
      AlarmActions: ['arn:aws:sns:us-east-1:111122223333:oncall'],
      StateUpdatedTimestamp: '2026-01-05T09:00:00+00:00',
    });

    await env.aws('cloudwatch', 'set-alarm-state', '--alarm-name', 'churn-5xx', '--state-value', 'ALARM', '--state-reason', 'drill', '--state-reason-data', '{"drill":true}');
    const fromSdk = await env.cloudwatch.send(new DescribeAlarmsCommand({ StateValue: 'ALARM' }));
    expect(fromSdk.MetricAlarms?.[0]).toMatchObject({ AlarmName: 'churn-5xx', StateReason: 'drill', StateReasonData: '{"drill":true}' });

    env.clock.advance(MINUTE); // notBreaching: no data is fine -> OK again
    const after = (await env.aws('cloudwatch', 'describe-alarms', '--state-value', 'OK')) as { MetricAlarms: { AlarmName: string; StateReason: string }[] };
    expect(after.MetricAlarms.map((found) => found.AlarmName)).toEqual(['churn-5xx']);
    expect(after.MetricAlarms[0]?.StateReason).toBe('Threshold Crossed: no datapoints were received for 2 periods and 2 missing datapoints were treated as [NonBreaching].');

    const history = (await env.aws('cloudwatch', 'describe-alarm-history', '--alarm-name', 'churn-5xx', '--history-item-type', 'StateUpdate')) as { AlarmHistoryItems: { HistorySummary: string; Timestamp: string }[] };
    expect(history.AlarmHistoryItems.map((item) => item.HistorySummary)).toEqual(['Alarm updated from ALARM to OK', 'Alarm updated from INSUFFICIENT_DATA to ALARM']);
    await env.aws('cloudwatch', 'delete-alarms', '--alarm-names', 'churn-5xx');
    expect(((await env.aws('cloudwatch', 'describe-alarms')) as { MetricAlarms: unknown[] }).MetricAlarms).toEqual([]);
  });

  it('reports errors in the query protocol the CLI understands', async () => {
    const credentials = { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials };
    const missing = await runAwsCli(['cloudwatch', 'set-alarm-state', '--alarm-name', 'nope', '--state-value', 'OK', '--state-reason', 'x'], credentials);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/An error occurred \(ResourceNotFound\) when calling the SetAlarmState operation.*: Alarm nope not found/);
    const period = await runAwsCli(['cloudwatch', 'get-metric-statistics', '--namespace', 'A', '--metric-name', 'B', '--start-time', start, '--end-time', '2026-01-05T09:10:00Z', '--period', '90', '--statistics', 'Sum'], credentials);
    expect(period.stderr).toMatch(/\(InvalidParameterValue\).*The parameter Period must be a multiple of 60\./);
    // The SDK sees the same rule under its JSON name.
    await expect(
      env.cloudwatch.send(new GetMetricStatisticsCommand({ Namespace: 'A', MetricName: 'B', StartTime: new Date(start), EndTime: new Date('2026-01-05T09:10:00Z'), Period: 90, Statistics: ['Sum'] })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValueException' });
  });
});
