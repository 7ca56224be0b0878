import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSIGHTS_UNAVAILABLE } from '../../../electron/core/areas/logs/insights';
import type { QueryResults } from '../../../shared/domain/logs';
import { createGroup, putEvents, startLogsWorld, type LogsWorld } from './logs-core-harness';

const GROUP = '/aws/sagemaker/TrainingJobs';
let world: LogsWorld;
/** The first event's time, on a minute so bin(10s) windows fall on the seed's rounds; the seed spans 20 seconds. */
let t0: number;

beforeAll(async () => {
  world = await startLogsWorld();
  t0 = Math.floor(world.clock.now() / 60_000) * 60_000 - 60_000;
  await createGroup(world.logs, GROUP, ['churn/algo-1', 'churn/algo-2']);
  for (const [index, stream] of ['churn/algo-1', 'churn/algo-2'].entries()) {
    await putEvents(world.logs, GROUP, stream, [
      ...Array.from({ length: 10 }, (_, round) => ({
        timestamp: t0 + round * 1_000 + index,
        message: `[${round}]#011train-logloss:${(0.6 - round * 0.01 - index * 0.001).toFixed(3)}`,
      })),
      { timestamp: t0 + 15_000 + index, message: `ERROR worker ${index + 1} lost its connection` },
    ]);
  }
});

afterAll(async () => {
  await world.close();
});

/** Starts a query over the seed's 20 seconds and reads its results (the sandbox completes a query when it is read). */
async function run(query: string, range = { startTime: t0, endTime: t0 + 20_000 }): Promise<QueryResults> {
  const { queryId } = await world.ok<{ queryId: string }>('logs.startQuery', { groups: [GROUP], query, ...range });
  return world.ok<QueryResults>('logs.queryResults', { queryId });
}

describe('Logs Insights queries', () => {
  it('answer rows keyed by field, in the order the query named them, without @ptr, with AWS\'s statistics', async () => {
    const results = await run('fields @timestamp, @logStream, @message | filter @message like /ERROR/ | sort @timestamp asc');
    expect(results.status).toBe('Complete');
    expect(results.fields).toEqual(['@timestamp', '@logStream', '@message']);
    expect(results.rows).toEqual([
      { '@timestamp': expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/), '@logStream': 'churn/algo-1', '@message': 'ERROR worker 1 lost its connection' },
      { '@timestamp': expect.any(String), '@logStream': 'churn/algo-2', '@message': 'ERROR worker 2 lost its connection' },
    ]);
    expect(results.statistics).toEqual({ recordsMatched: 2, recordsScanned: 22, bytesScanned: expect.any(Number) });
    expect(results.statistics.bytesScanned).toBeGreaterThan(0);
  });

  it('answer stats by a field and by bin() as a table', async () => {
    const byStream = await run('parse @message "train-logloss:*" as loss | filter ispresent(loss) | stats count(*) as rounds, min(loss) as best by @logStream | sort @logStream asc');
    expect(byStream.fields).toEqual(['@logStream', 'rounds', 'best']);
    expect(byStream.rows).toEqual([
      { '@logStream': 'churn/algo-1', rounds: '10', best: expect.stringMatching(/^0\.51/) },
      { '@logStream': 'churn/algo-2', rounds: '10', best: expect.stringMatching(/^0\.50/) },
    ]);

    const perBin = await run('stats count(*) as events by bin(10s) as window | sort window asc');
    expect(perBin.fields).toEqual(['window', 'events']);
    expect(perBin.rows.map((row) => row.events)).toEqual(['20', '2']);
  });

  it('cover the millisecond range in whole seconds, never narrower than asked', async () => {
    // 0.5 s into the second of round 0 until 0.5 s into the second of round 2: rounds 0, 1 and 2 of both streams.
    const results = await run('stats count(*) as n', { startTime: t0 + 500, endTime: t0 + 2_500 });
    expect(results.rows).toEqual([{ n: '6' }]);
  });

  it('show a query that does not compile next to the query, and a missing group next to the groups', async () => {
    const malformed = await world.fail('logs.startQuery', { groups: [GROUP], query: 'fields @message | stats count(*) by', startTime: t0, endTime: t0 + 1_000 });
    expect(malformed).toMatchObject({ code: 'MalformedQueryException', fields: { query: expect.stringMatching(/at character \d+/) } });

    const missing = await world.fail('logs.startQuery', { groups: [GROUP, '/nope'], query: 'stats count(*)', startTime: t0, endTime: t0 + 1_000 });
    expect(missing).toMatchObject({ code: 'ResourceNotFoundException', fields: { groups: expect.stringContaining('does not exist') } });

    const backwards = await world.fail('logs.startQuery', { groups: [GROUP], query: 'stats count(*)', startTime: t0 + 1_000, endTime: t0 });
    expect(backwards).toMatchObject({ code: 'InvalidInput', fields: { startTime: 'The start is after the end.' } });
  });

  it('stop a running query; stopping one that already finished is not an error', async () => {
    const { queryId } = await world.ok<{ queryId: string }>('logs.startQuery', { groups: [GROUP], query: 'stats count(*)', startTime: t0, endTime: t0 + 20_000 });
    expect(await world.ok('logs.stopQuery', { queryId })).toEqual({ stopped: true });
    expect((await world.ok<QueryResults>('logs.queryResults', { queryId })).status).toBe('Cancelled');
    expect(await world.ok('logs.stopQuery', { queryId })).toEqual({ stopped: false });
  });

  it('say plainly when the endpoint offers no Insights at all', async () => {
    world.sandbox.control.addFault({ operation: 'logs:StartQuery', kind: 'unknownOperation' });
    try {
      const refused = await world.fail('logs.startQuery', { groups: [GROUP], query: 'stats count(*)', startTime: t0, endTime: t0 + 1_000 });
      expect(refused).toEqual({ code: 'InsightsUnavailable', message: INSIGHTS_UNAVAILABLE, retryable: false });
    } finally {
      world.sandbox.control.clearFaults();
    }
  });
});
