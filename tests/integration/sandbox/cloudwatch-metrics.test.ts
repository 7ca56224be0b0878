import {
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  ListMetricsCommand,
  PutMetricDataCommand,
  type MetricDatum,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CloudWatchSandbox, cloudWatchError, MINUTE, startCloudWatchSandbox } from './cloudwatch-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

let env: CloudWatchSandbox;
beforeEach(async () => {
  env = await startCloudWatchSandbox();
});
afterEach(async () => {
  await env.stop();
});

const endpoint = (name: string) => [
  { Name: 'EndpointName', Value: name },
  { Name: 'VariantName', Value: 'AllTraffic' },
];
const start = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

/** Latencies 1..100 ms in minute 09:00, 101..200 in minute 09:01 (values with counts, one call). */
async function putKnownLatencies(): Promise<void> {
  const values = (from: number) => Array.from({ length: 100 }, (_, i) => from + i);
  await env.cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'SageDeck/Test',
      MetricData: [
        { MetricName: 'ModelLatency', Dimensions: endpoint('churn-prod'), Timestamp: start, Values: values(1), Unit: 'Milliseconds' },
        { MetricName: 'ModelLatency', Dimensions: endpoint('churn-prod'), Timestamp: new Date(start.getTime() + MINUTE), Values: values(101), Counts: values(101).map(() => 1), Unit: 'Milliseconds' },
      ],
    }),
  );
}

describe('CloudWatch metrics', () => {
  it('answers GetMetricData with p99, Sum and SampleCount over a known data set, both scan orders', async () => {
    env.clock.advance(5 * MINUTE);
    await putKnownLatencies();
    const metric = { Namespace: 'SageDeck/Test', MetricName: 'ModelLatency', Dimensions: endpoint('churn-prod') };
    const result = await env.cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: new Date(start.getTime() + 5 * MINUTE),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          { Id: 'p99', MetricStat: { Metric: metric, Period: 60, Stat: 'p99' } },
          { Id: 'total', MetricStat: { Metric: metric, Period: 60, Stat: 'Sum' }, Label: 'latency sum' },
          { Id: 'hidden', MetricStat: { Metric: metric, Period: 60, Stat: 'Maximum' }, ReturnData: false },
          { Id: 'fiveMin', MetricStat: { Metric: metric, Period: 300, Stat: 'SampleCount' } },
          { Id: 'trimmed', MetricStat: { Metric: metric, Period: 60, Stat: 'tm99' } },
        ],
      }),
    );
    const byId = Object.fromEntries((result.MetricDataResults ?? []).map((item) => [item.Id, item]));
    expect(Object.keys(byId)).toEqual(['p99', 'total', 'fiveMin', 'trimmed']);
    expect(byId.p99?.Values).toEqual([99, 199]);
    expect(byId.p99?.Timestamps?.map((t: Date) => t.toISOString())).toEqual(['2026-01-05T09:00:00.000Z', '2026-01-05T09:01:00.000Z']);
    expect(byId.p99?.Label).toBe('ModelLatency');
    expect(byId.total).toMatchObject({ Label: 'latency sum', Values: [5050, 15050], StatusCode: 'Complete' });
    expect(byId.fiveMin?.Values).toEqual([200]);
    expect(byId.trimmed?.Values).toEqual([50, 150]);

    const newestFirst = await env.cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: new Date(start.getTime() + 5 * MINUTE),
        MetricDataQueries: [{ Id: 'avg', MetricStat: { Metric: metric, Period: 60, Stat: 'Average' } }],
        MaxDatapoints: 1,
      }),
    );
    expect(newestFirst.MetricDataResults?.[0]).toMatchObject({ Values: [150.5], StatusCode: 'PartialData' });
    const second = await env.cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: new Date(start.getTime() + 5 * MINUTE),
        MetricDataQueries: [{ Id: 'avg', MetricStat: { Metric: metric, Period: 60, Stat: 'Average' } }],
        MaxDatapoints: 1,
        NextToken: newestFirst.NextToken,
      }),
    );
    expect(second.MetricDataResults?.[0]).toMatchObject({ Values: [50.5], StatusCode: 'Complete' });
    expect(second.NextToken).toBeUndefined();
  });

  it('keeps data past 15 days as five-minute points, as CloudWatch does, while newer data keeps arriving', async () => {
    env.clock.advance(5 * MINUTE);
    await putKnownLatencies();
    const metric = { Namespace: 'SageDeck/Test', MetricName: 'ModelLatency', Dimensions: endpoint('churn-prod') };
    env.clock.advance(20 * 24 * 60 * MINUTE);
    // A datum now makes the store roll its old minutes up (it did drop them before).
    await env.cloudwatch.send(
      new PutMetricDataCommand({ Namespace: 'SageDeck/Test', MetricData: [{ ...metric, Timestamp: new Date(env.clock.now()), Value: 5, Unit: 'Milliseconds' }] }),
    );
    const old = await env.cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: new Date(start.getTime() + 10 * MINUTE),
        MetricDataQueries: [
          { Id: 'count', MetricStat: { Metric: metric, Period: 300, Stat: 'SampleCount' } },
          { Id: 'max', MetricStat: { Metric: metric, Period: 300, Stat: 'Maximum' } },
        ],
      }),
    );
    const byId = Object.fromEntries((old.MetricDataResults ?? []).map((item) => [item.Id, item]));
    expect(byId.count?.Values).toEqual([200]);
    expect(byId.max?.Values).toEqual([200]);
    expect(byId.count?.Timestamps?.map((t: Date) => t.toISOString())).toEqual(['2026-01-05T09:00:00.000Z']);
  });

  it('refuses metric math with a clear ValidationError', async () => {
    const error = await cloudWatchError(
      env.cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: start,
          EndTime: new Date(start.getTime() + MINUTE),
          MetricDataQueries: [{ Id: 'errors', Expression: 'm1 / m2 * 100' }],
        }),
      ),
    );
    expect(error.name).toBe('ValidationException');
    expect((error as unknown as { Code?: string }).Code).toBe('ValidationError'); // the query-era code
    expect(error.message).toContain('Metric math is not supported by the SageDeck sandbox');
  });

  it('answers GetMetricStatistics with standard and extended statistics and checks its limits', async () => {
    env.clock.advance(5 * MINUTE);
    await putKnownLatencies();
    const base = { Namespace: 'SageDeck/Test', MetricName: 'ModelLatency', Dimensions: endpoint('churn-prod'), StartTime: start, EndTime: new Date(start.getTime() + 10 * MINUTE), Period: 60 };
    const standard = await env.cloudwatch.send(new GetMetricStatisticsCommand({ ...base, Statistics: ['Average', 'Minimum', 'Maximum', 'SampleCount'] }));
    expect(standard.Label).toBe('ModelLatency');
    expect(standard.Datapoints).toEqual([
      { Timestamp: start, Average: 50.5, Minimum: 1, Maximum: 100, SampleCount: 100, Unit: 'Milliseconds' },
      { Timestamp: new Date(start.getTime() + MINUTE), Average: 150.5, Minimum: 101, Maximum: 200, SampleCount: 100, Unit: 'Milliseconds' },
    ]);
    const extended = await env.cloudwatch.send(new GetMetricStatisticsCommand({ ...base, Period: 120, ExtendedStatistics: ['p50', 'p99'] }));
    expect(extended.Datapoints?.[0]?.ExtendedStatistics).toEqual({ p50: 100, p99: 198 });
    const otherUnit = await env.cloudwatch.send(new GetMetricStatisticsCommand({ ...base, Statistics: ['Sum'], Unit: 'Seconds' }));
    expect(otherUnit.Datapoints).toEqual([]);

    const both = await cloudWatchError(env.cloudwatch.send(new GetMetricStatisticsCommand({ ...base })));
    expect(both.name).toBe('InvalidParameterCombinationException');
    const period = await cloudWatchError(env.cloudwatch.send(new GetMetricStatisticsCommand({ ...base, Period: 90, Statistics: ['Sum'] })));
    expect(period.message).toBe('The parameter Period must be a multiple of 60.');
    const tooMany = await cloudWatchError(
      env.cloudwatch.send(new GetMetricStatisticsCommand({ ...base, EndTime: new Date(start.getTime() + 2 * 1440 * MINUTE), Statistics: ['Sum'] })),
    );
    expect(tooMany.message).toBe(
      'You have requested up to 2,880 datapoints, which exceeds the limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
  });

  it('lists metrics with namespace, name and dimension filters, and RecentlyActive', async () => {
    const put = (namespace: string, name: string, dimensions: { Name: string; Value: string }[]) =>
      env.cloudwatch.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: name, Dimensions: dimensions, Value: 1 }] }));
    await put('SageDeck/Test', 'Invocations', endpoint('churn-prod'));
    await put('SageDeck/Test', 'Invocations', endpoint('churn-staging'));
    await put('SageDeck/Test', 'ModelLatency', endpoint('churn-prod'));
    await put('SageDeck/Other', 'Invocations', []);
    env.clock.advance(4 * 60 * MINUTE);
    await put('SageDeck/Test', 'Invocations', endpoint('churn-prod'));

    const names = (result: { Metrics?: { Namespace?: string; MetricName?: string; Dimensions?: { Value?: string }[] }[] }) =>
      (result.Metrics ?? []).map((m) => `${m.Namespace}:${m.MetricName}:${(m.Dimensions ?? []).map((d) => d.Value).join(',')}`);
    expect(names(await env.cloudwatch.send(new ListMetricsCommand({ Namespace: 'SageDeck/Test' })))).toEqual([
      'SageDeck/Test:Invocations:churn-prod,AllTraffic',
      'SageDeck/Test:Invocations:churn-staging,AllTraffic',
      'SageDeck/Test:ModelLatency:churn-prod,AllTraffic',
    ]);
    expect(names(await env.cloudwatch.send(new ListMetricsCommand({ MetricName: 'Invocations', Dimensions: [{ Name: 'EndpointName', Value: 'churn-staging' }] })))).toEqual([
      'SageDeck/Test:Invocations:churn-staging,AllTraffic',
    ]);
    expect(names(await env.cloudwatch.send(new ListMetricsCommand({ Dimensions: [{ Name: 'VariantName' }] })))).toHaveLength(3);
    expect(names(await env.cloudwatch.send(new ListMetricsCommand({ RecentlyActive: 'PT3H' })))).toEqual(['SageDeck/Test:Invocations:churn-prod,AllTraffic']);
  });

  it('takes 1000 datums in one (compressed) call and rejects what AWS rejects', async () => {
    const data: MetricDatum[] = Array.from({ length: 1000 }, (_, i) => ({
      MetricName: 'Rows',
      Dimensions: [{ Name: 'Shard', Value: `shard-${i % 10}` }],
      Value: i,
      Unit: 'Count',
    }));
    const encodings: (string | undefined)[] = [];
    env.cloudwatch.middlewareStack.add(
      (next) => async (args) => {
        encodings.push((args.request as { headers: Record<string, string> }).headers['content-encoding']);
        return next(args);
      },
      { step: 'finalizeRequest', name: 'recordEncoding' },
    );
    await env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Bulk', MetricData: data }));
    expect(encodings).toEqual(['gzip']); // the SDK compressed the large body; the sandbox read it
    const listed = await env.cloudwatch.send(new ListMetricsCommand({ Namespace: 'SageDeck/Bulk' }));
    expect(listed.Metrics).toHaveLength(10);
    env.clock.advance(MINUTE);
    const sum = await env.cloudwatch.send(
      new GetMetricStatisticsCommand({ Namespace: 'SageDeck/Bulk', MetricName: 'Rows', Dimensions: [{ Name: 'Shard', Value: 'shard-3' }], StartTime: start, EndTime: new Date(start.getTime() + MINUTE), Period: 60, Statistics: ['SampleCount', 'Sum'] }),
    );
    expect(sum.Datapoints?.[0]).toMatchObject({ SampleCount: 100, Sum: 49_800, Unit: 'Count' });

    const tooMany = await cloudWatchError(env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Bulk', MetricData: [...data, data[0] as MetricDatum] })));
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toContain("at 'metricData' failed to satisfy constraint: Member must have length less than or equal to 1000");
    const reserved = await cloudWatchError(env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'AWS/SageMaker', MetricData: [{ MetricName: 'x', Value: 1 }] })));
    expect(reserved.name).toBe('InvalidParameterValueException');
    const exclusive = await cloudWatchError(
      env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Bulk', MetricData: [{ MetricName: 'x', Value: 1, Values: [1, 2] }] })),
    );
    expect(exclusive.name).toBe('InvalidParameterCombinationException');
    const counts = await cloudWatchError(
      env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Bulk', MetricData: [{ MetricName: 'x', Values: [1, 2], Counts: [1] }] })),
    );
    expect(counts.message).toBe('The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.');
    const old = await cloudWatchError(
      env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Bulk', MetricData: [{ MetricName: 'x', Value: 1, Timestamp: new Date(start.getTime() - 15 * 24 * 60 * MINUTE) }] })),
    );
    expect(old.message).toBe('The parameter MetricData.member.1.Timestamp must specify a time no more than two weeks in the past.');
    const dims = await cloudWatchError(
      env.cloudwatch.send(new PutMetricDataCommand({ Namespace: 'SageDeck/Bulk', MetricData: [{ MetricName: 'x', Value: 1, Dimensions: Array.from({ length: 31 }, (_, i) => ({ Name: `d${i}`, Value: 'v' })) }] })),
    );
    expect(dims.message).toContain('Member must have length less than or equal to 30');
  });
});
