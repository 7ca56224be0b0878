import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeQueriesCommand,
  GetQueryResultsCommand,
  MalformedQueryException,
  PutLogEventsCommand,
  StartQueryCommand,
  StopQueryCommand,
  type ResultField,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logsError, startLogsSandbox, type LogsSandbox } from './logs-harness';
import { runAwsCli } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

/** Logs Insights through the real SDK and the Debian AWS CLI v2, over HTTP, on the manual clock. */
let env: LogsSandbox;
let base: number;
const GROUP = '/aws/sagemaker/Endpoints/churn-prod';

beforeEach(async () => {
  env = await startLogsSandbox();
  base = env.clock.now() - 10 * 60_000;
  await env.logs.send(new CreateLogGroupCommand({ logGroupName: GROUP }));
  for (const stream of ['AllTraffic/i-0a', 'AllTraffic/i-0b']) {
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: GROUP, logStreamName: stream }));
  }
  const lines = (instance: string) =>
    Array.from({ length: 6 }, (_, minute) => ({
      timestamp: base + minute * 60_000 + (instance === 'i-0a' ? 0 : 30_000),
      message: JSON.stringify({ level: minute === 4 ? 'ERROR' : 'INFO', latencyMs: (minute + 1) * 10, instance }),
    }));
  await env.logs.send(
    new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: 'AllTraffic/i-0a', logEvents: lines('i-0a') }),
  );
  await env.logs.send(
    new PutLogEventsCommand({ logGroupName: GROUP, logStreamName: 'AllTraffic/i-0b', logEvents: lines('i-0b') }),
  );
});
afterEach(async () => {
  await env.stop();
});

const seconds = (ms: number) => Math.floor(ms / 1000);
const asObject = (row: ResultField[]) => Object.fromEntries(row.map((field) => [field.field, field.value]));

async function startQuery(queryString: string, extra: { limit?: number } = {}): Promise<string> {
  const started = await env.logs.send(
    new StartQueryCommand({
      logGroupName: GROUP,
      startTime: seconds(base),
      endTime: seconds(env.clock.now()),
      queryString,
      ...extra,
    }),
  );
  return started.queryId as string;
}

describe('Logs Insights through the SDK', () => {
  it('runs a filter query: Running at first, then Complete with the rows, @ptr and statistics', async () => {
    const queryId = await startQuery(
      'fields @timestamp, @logStream, latencyMs | filter level = "ERROR" | sort @logStream asc',
    );
    const listed = await env.logs.send(new DescribeQueriesCommand({ logGroupName: GROUP }));
    expect(listed.queries?.map((query) => [query.queryId, query.status])).toEqual([[queryId, 'Running']]);

    const results = await env.logs.send(new GetQueryResultsCommand({ queryId }));
    expect(results.status).toBe('Complete');
    expect(results.results?.map(asObject)).toEqual([
      {
        '@timestamp': new Date(base + 4 * 60_000).toISOString().replace('T', ' ').replace('Z', ''),
        '@logStream': 'AllTraffic/i-0a',
        latencyMs: '50',
        '@ptr': expect.any(String),
      },
      {
        '@timestamp': new Date(base + 4 * 60_000 + 30_000).toISOString().replace('T', ' ').replace('Z', ''),
        '@logStream': 'AllTraffic/i-0b',
        latencyMs: '50',
        '@ptr': expect.any(String),
      },
    ]);
    expect(results.statistics).toMatchObject({ recordsMatched: 2, recordsScanned: 12 });
    expect(results.statistics?.bytesScanned).toBeGreaterThan(12 * 40);
  });

  it('answers stats by bin() with one row per bucket', async () => {
    const queryId = await startQuery(
      'stats count(*) as requests, max(latencyMs) as worst by bin(5m) as minute | sort minute asc',
    );
    const results = await env.logs.send(new GetQueryResultsCommand({ queryId }));
    const rows = results.results?.map(asObject) ?? [];
    expect(rows.reduce((sum, row) => sum + Number(row.requests), 0)).toBe(12);
    expect(rows.every((row) => /^\d{4}-\d\d-\d\d \d\d:\d[05]:00\.000$/.test(row.minute ?? ''))).toBe(true);
    expect(Math.max(...rows.map((row) => Number(row.worst)))).toBe(60);
  });

  it('keeps only events inside the time range (seconds, both ends included) and honours limit', async () => {
    const started = await env.logs.send(
      new StartQueryCommand({
        logGroupName: GROUP,
        startTime: seconds(base),
        endTime: seconds(base + 60_000),
        queryString: 'fields latencyMs | sort latencyMs asc',
        limit: 2,
      }),
    );
    const results = await env.logs.send(new GetQueryResultsCommand({ queryId: started.queryId }));
    expect(results.results?.map((row) => asObject(row).latencyMs)).toEqual(['10', '10']);
    expect(results.statistics?.recordsScanned).toBe(3);
  });

  it('refuses a malformed query with MalformedQueryException and the place of the mistake', async () => {
    const error = await logsError(startQuery('fields @message | filter level = '));
    expect(error).toBeInstanceOf(MalformedQueryException);
    expect(error.message).toBe('unexpected symbol found <EOF> at line 1 and position 33');
    expect((error as MalformedQueryException).queryCompileError).toEqual({
      location: { startCharOffset: 33, endCharOffset: 33 },
      message: 'unexpected symbol found <EOF> at line 1 and position 33',
    });
  });

  it('stops a running query, refuses to stop it twice, and answers unknown ids with ResourceNotFoundException', async () => {
    const queryId = await startQuery('fields @message');
    expect((await env.logs.send(new StopQueryCommand({ queryId }))).success).toBe(true);
    const cancelled = await env.logs.send(new GetQueryResultsCommand({ queryId }));
    expect(cancelled.status).toBe('Cancelled');
    expect(cancelled.results).toEqual([]);
    expect((await logsError(env.logs.send(new StopQueryCommand({ queryId })))).name).toBe('InvalidParameterException');
    expect((await logsError(env.logs.send(new GetQueryResultsCommand({ queryId: 'no-such-query' })))).name).toBe(
      'ResourceNotFoundException',
    );
  });

  it('completes queries by themselves once a second passes on the clock', async () => {
    const queryId = await startQuery('stats count(*)');
    env.clock.advance(1000);
    const listed = await env.logs.send(new DescribeQueriesCommand({ status: 'Complete' }));
    expect(listed.queries?.map((query) => query.queryId)).toEqual([queryId]);
  });

  it('refuses the 101st concurrently running query with LimitExceededException', async () => {
    for (let i = 0; i < 100; i++) await startQuery('fields @message');
    const error = await logsError(startQuery('fields @message'));
    expect(error.name).toBe('LimitExceededException');
  });

  it('refuses a missing log group and a request without any group', async () => {
    const missing = await logsError(
      env.logs.send(
        new StartQueryCommand({ logGroupName: 'nope', startTime: 0, endTime: 1, queryString: 'fields @message' }),
      ),
    );
    expect(missing.name).toBe('ResourceNotFoundException');
    const none = await logsError(
      env.logs.send(new StartQueryCommand({ startTime: 0, endTime: 1, queryString: 'fields @message' })),
    );
    expect(none.name).toBe('InvalidParameterException');
  });
});

describe('Logs Insights through the AWS CLI v2', () => {
  it('start-query then get-query-results answer the rows the query asks for', async () => {
    const cli = (...args: string[]) => runAwsCli(args, { endpoint: env.sandbox.endpoint, ...env.sandbox.credentials });
    const started = await cli(
      'logs',
      'start-query',
      '--log-group-name',
      GROUP,
      '--start-time',
      String(seconds(base)),
      '--end-time',
      String(seconds(env.clock.now())),
      '--query-string',
      'filter level = "ERROR" | stats count(*) as errors by instance | sort instance asc',
    );
    expect(started.code, started.stderr).toBe(0);
    const { queryId } = JSON.parse(started.stdout) as { queryId: string };
    const results = await cli('logs', 'get-query-results', '--query-id', queryId);
    expect(results.code, results.stderr).toBe(0);
    const body = JSON.parse(results.stdout) as {
      status: string;
      results: ResultField[][];
      statistics: Record<string, number>;
    };
    expect(body.status).toBe('Complete');
    expect(body.results.map(asObject)).toEqual([
      { instance: 'i-0a', errors: '1' },
      { instance: 'i-0b', errors: '1' },
    ]);
    expect(body.statistics).toMatchObject({ recordsMatched: 2, recordsScanned: 12 });

    const malformed = await cli(
      'logs',
      'start-query',
      '--log-group-name',
      GROUP,
      '--start-time',
      '0',
      '--end-time',
      '1',
      '--query-string',
      'sort',
    );
    expect(malformed.code).not.toBe(0);
    expect(malformed.stderr).toMatch(/MalformedQueryException.*unexpected symbol found <EOF> at line 1 and position 4/);
  });
});
