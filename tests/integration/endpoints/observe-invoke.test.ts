import { DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EndpointAlarm, EndpointMetrics, InvocationResult, RecentPayload } from '../../../shared/domain/endpoints';
import { startEndpointsWorld, type EndpointsWorld } from './endpoints-harness';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
});
afterEach(async () => world.close());

const ROWS = [
  [60, 25.5, 0, 24],
  [2, 105, 5, 1],
];
const csv = ROWS.map((row) => row.join(',')).join('\n');

describe('endpoints.metrics', () => {
  it('gives churn-prod\'s invocations and model latency (ms) per minute, in one GetMetricData call, as CloudWatch has them', async () => {
    world.sandbox.control.resetCounters();
    const [metrics] = await world.ok<EndpointMetrics[]>('endpoints.metrics', { endpointNames: ['churn-prod'], minutes: 60 });
    expect(world.sandboxCounters()['monitoring:GetMetricData']).toBe(1);
    expect(metrics).toMatchObject({ endpointName: 'churn-prod', periodSeconds: 60 });
    expect(Date.parse(metrics!.end) - Date.parse(metrics!.start)).toBe(3_600_000);
    // The seed's traffic: the last hour is in the metrics, busy (hundreds of requests a minute).
    expect(metrics!.invocations.length).toBeGreaterThanOrEqual(50);
    expect(metrics!.invocations.every((p) => p.value > 0)).toBe(true);
    expect(metrics!.variants.map((v) => v.variantName)).toEqual(['AllTraffic']);
    // One variant: the endpoint's series are the variant's.
    expect(metrics!.invocations).toEqual(metrics!.variants[0]!.invocations);
    expect(metrics!.modelLatencyMs.map((p) => p.value)).toEqual(metrics!.variants[0]!.modelLatencyMs.map((p) => expect.closeTo(p.value, 9)));

    // Against CloudWatch directly: ModelLatency is published in microseconds, shown in milliseconds.
    const raw = await world.cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(metrics!.start),
        EndTime: new Date(metrics!.end),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: (['Invocations', 'ModelLatency'] as const).map((name, i) => ({
          Id: `m${i}`,
          MetricStat: {
            Metric: { Namespace: 'AWS/SageMaker', MetricName: name, Dimensions: [{ Name: 'EndpointName', Value: 'churn-prod' }, { Name: 'VariantName', Value: 'AllTraffic' }] },
            Period: 60,
            Stat: name === 'Invocations' ? 'Sum' : 'Average',
          },
        })),
      }),
    );
    const [invocations, latency] = raw.MetricDataResults ?? [];
    expect(metrics!.invocations.map((p) => p.value)).toEqual(invocations?.Values);
    expect(metrics!.modelLatencyMs.map((p) => p.value * 1000)).toEqual(latency?.Values?.map((v) => expect.closeTo(v, 6)));
    expect(metrics!.modelLatencyMs.every((p) => p.value > 0 && p.value < 1_000)).toBe(true);
  });

  it('widens the period with the window (60 points at most) and refuses an unknown endpoint', async () => {
    const [day] = await world.ok<EndpointMetrics[]>('endpoints.metrics', { endpointNames: ['churn-prod'], minutes: 1_440 });
    expect(day!.periodSeconds).toBe(1_440);
    expect(day!.invocations.length).toBeLessThanOrEqual(60);
    const error = await world.fail('endpoints.metrics', { endpointNames: ['churn-prod', 'no-such-endpoint'] });
    expect(error.message).toMatch(/no-such-endpoint/);
  });
});

describe('endpoints.alarms', () => {
  it('lists the alarms on churn-prod\'s metrics as rollback choices, without Auto Scaling\'s own', async () => {
    const alarms = await world.ok<EndpointAlarm[]>('endpoints.alarms', { endpointName: 'churn-prod' });
    expect(alarms.map((a) => a.name)).toEqual(['churn-prod-5xx-errors', 'churn-prod-invocations-low', 'churn-prod-model-latency-p99']);
    expect(alarms.find((a) => a.name === 'churn-prod-5xx-errors')).toMatchObject({ metric: 'Invocation5XXErrors', description: expect.stringMatching(/5XX/) });
    await world.raiseAlarm('churn-prod-5xx-errors');
    const raised = await world.ok<EndpointAlarm[]>('endpoints.alarms', { endpointName: 'churn-prod' });
    expect(raised.find((a) => a.name === 'churn-prod-5xx-errors')?.state).toBe('ALARM');
    // The account does hold target-tracking alarms on churn-prod: they are left out on purpose.
    const all = await world.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'TargetTracking-' }));
    const onProd = (all.MetricAlarms ?? []).filter((a) => a.Dimensions?.some((d) => d.Name === 'EndpointName' && d.Value === 'churn-prod'));
    expect(onProd.length).toBeGreaterThan(0);
    expect(await world.ok<EndpointAlarm[]>('endpoints.alarms', { endpointName: 'churn-staging' })).toEqual([]);
  });
});

describe('endpoints.invoke and recentPayloads', () => {
  it('sends CSV and JSON, shows the answer, the measured latency and the variant, and keeps the payloads newest first', async () => {
    const fromCsv = await world.ok<InvocationResult>('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'text/csv', body: csv });
    expect(fromCsv).toMatchObject({ statusCode: 200, contentType: 'text/csv', invokedVariant: 'AllTraffic' });
    expect(fromCsv.error).toBeUndefined();
    const csvScores = fromCsv.body.trim().split('\n').map(Number);
    expect(csvScores).toHaveLength(2);
    expect(csvScores.every((p) => p > 0 && p < 1)).toBe(true);
    // Round-trip time of a real HTTP call: more than nothing, less than the test's patience.
    expect(fromCsv.latencyMs).toBeGreaterThan(0);
    expect(fromCsv.latencyMs).toBeLessThan(30_000);

    const json = JSON.stringify({ instances: ROWS });
    const fromJson = await world.ok<InvocationResult>('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'application/json', body: json });
    expect(fromJson).toMatchObject({ statusCode: 200, contentType: 'application/json', invokedVariant: 'AllTraffic' });
    // The same rows, the same model: the same scores whatever the format.
    expect(JSON.stringify(JSON.parse(fromJson.body))).toMatch(new RegExp(String(csvScores[0]).replace('.', '\\.')));

    // Asking for CSV back from a JSON payload.
    const csvBack = await world.ok<InvocationResult>('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'application/json', accept: 'text/csv', body: json });
    expect(csvBack.body.trim().split('\n').map(Number)).toEqual(csvScores);

    await world.ok('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'text/csv', body: csv });
    const recent = await world.ok<RecentPayload[]>('endpoints.recentPayloads', { endpointName: 'churn-prod' });
    // The CSV sent again moves to the front instead of being kept twice.
    expect(recent.map((p) => [p.contentType, p.body])).toEqual([
      ['text/csv', csv],
      ['application/json', json],
    ]);
    expect(Date.parse(recent[0]!.sentAt)).toBeGreaterThanOrEqual(Date.parse(recent[1]!.sentAt));
    expect(await world.ok<RecentPayload[]>('endpoints.recentPayloads', { endpointName: 'churn-staging' })).toEqual([]);
  });

  it('keeps the last 10 payloads only', async () => {
    for (let i = 0; i < 12; i += 1) await world.ok('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'text/csv', body: `${i},1,2,3` });
    const recent = await world.ok<RecentPayload[]>('endpoints.recentPayloads', { endpointName: 'churn-prod' });
    expect(recent.map((p) => p.body)).toEqual(Array.from({ length: 10 }, (_, i) => `${11 - i},1,2,3`));
  });

  it('shows the model\'s refusal as an answer, refuses invalid JSON at the field before any call, and a missing endpoint as AWS says', async () => {
    const invokes = () => Object.entries(world.sandboxCounters()).filter(([name]) => name.endsWith(':InvokeEndpoint'));
    world.sandbox.control.resetCounters();
    const refused = await world.ok<InvocationResult>('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'application/json', body: '{"rows": 1}' });
    expect(refused).toMatchObject({ statusCode: 424, error: { code: 'ModelError' }, body: expect.stringMatching(/Expected \{"instances"/) });
    expect(refused.latencyMs).toBeGreaterThan(0);
    expect(invokes().map(([, count]) => count)).toEqual([1]);

    world.sandbox.control.resetCounters();
    const invalid = await world.fail('endpoints.invoke', { endpointName: 'churn-prod', contentType: 'application/json', body: '{"instances": [' });
    expect(invalid.fields).toMatchObject({ body: 'Not valid JSON.' });
    expect(invokes()).toEqual([]);

    const missing = await world.fail('endpoints.invoke', { endpointName: 'churn-nowhere', contentType: 'text/csv', body: csv });
    expect(missing.message).toMatch(/Endpoint churn-nowhere of account 111122223333 not found/);
  });
});
