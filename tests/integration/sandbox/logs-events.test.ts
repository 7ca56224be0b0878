import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  type InputLogEvent,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logsError, startLogsSandbox, type LogsSandbox } from './logs-harness';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let env: LogsSandbox;
beforeEach(async () => {
  env = await startLogsSandbox();
  await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
  for (const stream of ['web-1', 'web-2', 'worker-1']) await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: stream }));
});
afterEach(async () => {
  await env.stop();
});

const put = (stream: string, logEvents: InputLogEvent[]) => env.logs.send(new PutLogEventsCommand({ logGroupName: 'app', logStreamName: stream, logEvents }));
const lines = (count: number, start: number, label = 'line') => Array.from({ length: count }, (_, i) => ({ timestamp: start + i, message: `${label} ${i}` }));

describe('PutLogEvents', () => {
  it('stores a batch and updates the stream', async () => {
    const now = env.clock.now();
    const answer = await put('web-1', [{ timestamp: now - 10, message: 'first' }, { timestamp: now - 5, message: 'second' }]);
    expect(answer.rejectedLogEventsInfo).toBeUndefined();
    const { logStreams } = await env.logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app', logStreamNamePrefix: 'web-1' }));
    expect(logStreams?.[0]).toMatchObject({ firstEventTimestamp: now - 10, lastEventTimestamp: now - 5, lastIngestionTime: now });
  });

  it('needs an existing group and stream', async () => {
    const noGroup = await logsError(env.logs.send(new PutLogEventsCommand({ logGroupName: 'nope', logStreamName: 'web-1', logEvents: [{ timestamp: env.clock.now(), message: 'x' }] })));
    expect(noGroup).toMatchObject({ name: 'ResourceNotFoundException', message: 'The specified log group does not exist.' });
    const noStream = await logsError(put('nope', [{ timestamp: env.clock.now(), message: 'x' }]));
    expect(noStream).toMatchObject({ name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.' });
  });

  it('refuses batches out of order, spanning over 24 hours, or over 1 MB', async () => {
    const now = env.clock.now();
    const unordered = await logsError(put('web-1', [{ timestamp: now, message: 'b' }, { timestamp: now - 1, message: 'a' }]));
    expect(unordered).toMatchObject({ name: 'InvalidParameterException', message: 'Log events in a single PutLogEvents request must be in chronological order.' });

    const wide = await logsError(put('web-1', [{ timestamp: now - 25 * HOUR, message: 'old' }, { timestamp: now, message: 'new' }]));
    expect(wide.message).toBe('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');

    // 1,048,576 bytes is the limit, counting 26 bytes of overhead per event.
    const big = await logsError(put('web-1', [{ timestamp: now, message: 'x'.repeat(1_048_576 - 26 + 1) }]));
    expect(big.name).toBe('InvalidParameterException');
    await put('web-1', [{ timestamp: now, message: 'x'.repeat(1_048_576 - 26) }]);

    const empty = await logsError(put('web-1', []));
    expect(empty.name).toBe('InvalidParameterException');
  });

  it('rejects too old, expired and too new events while keeping the rest', async () => {
    await env.logs.send(new PutRetentionPolicyCommand({ logGroupName: 'app', retentionInDays: 1 }));
    const now = env.clock.now();
    const answer = await put('web-1', [
      { timestamp: now - 2 * DAY, message: 'older than retention' },
      { timestamp: now - HOUR, message: 'kept 1' },
      { timestamp: now, message: 'kept 2' },
      { timestamp: now + 3 * HOUR, message: 'from the future' },
    ]);
    expect(answer.rejectedLogEventsInfo).toEqual({ expiredLogEventEndIndex: 1, tooNewLogEventStartIndex: 3 });
    const { events } = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', startFromHead: true }));
    expect(events?.map((event) => event.message)).toEqual(['kept 1', 'kept 2']);

    // Without retention, 14 days is still the oldest PutLogEvents accepts.
    await env.logs.send(new CreateLogGroupCommand({ logGroupName: 'forever' }));
    await env.logs.send(new CreateLogStreamCommand({ logGroupName: 'forever', logStreamName: 's' }));
    const ancient = await env.logs.send(
      new PutLogEventsCommand({ logGroupName: 'forever', logStreamName: 's', logEvents: [{ timestamp: now - 15 * DAY, message: 'too old' }, { timestamp: now, message: 'fresh' }] }),
    );
    expect(ancient.rejectedLogEventsInfo).toEqual({ tooOldLogEventEndIndex: 1 });
  });
});

describe('GetLogEvents', () => {
  it('returns the latest events by default and pages back with the backward token', async () => {
    const start = env.clock.now() - 100;
    await put('web-1', lines(10, start));
    const latest = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', limit: 4 }));
    expect(latest.events?.map((event) => event.message)).toEqual(['line 6', 'line 7', 'line 8', 'line 9']);
    expect(latest.events?.[0]).toEqual({ timestamp: start + 6, message: 'line 6', ingestionTime: env.clock.now() });

    const earlier = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', limit: 4, nextToken: latest.nextBackwardToken }));
    expect(earlier.events?.map((event) => event.message)).toEqual(['line 2', 'line 3', 'line 4', 'line 5']);
    const first = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', limit: 4, nextToken: earlier.nextBackwardToken }));
    expect(first.events?.map((event) => event.message)).toEqual(['line 0', 'line 1']);
    const exhausted = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', limit: 4, nextToken: first.nextBackwardToken }));
    expect(exhausted.events).toEqual([]);
    expect(exhausted.nextBackwardToken).toBe(first.nextBackwardToken);
    // Turning around from the start reads forward again from the first event.
    const forward = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', limit: 2, startFromHead: true, nextToken: exhausted.nextForwardToken }));
    expect(forward.events?.map((event) => event.message)).toEqual(['line 0', 'line 1']);
  });

  it('pages forward from the head until the same token comes back', async () => {
    const start = env.clock.now() - 100;
    await put('web-1', lines(7, start));
    const seen: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 10; page++) {
      const answer = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', startFromHead: true, limit: 3, nextToken: token }));
      seen.push(...(answer.events ?? []).map((event) => event.message ?? ''));
      if (answer.nextForwardToken === token) break;
      token = answer.nextForwardToken;
    }
    expect(seen).toEqual(['line 0', 'line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(token).toMatch(/^f\/\d{56}$/);

    // New events show up behind the same forward token: how a poller keeps tailing.
    await put('web-1', [{ timestamp: env.clock.now(), message: 'late' }]);
    const after = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', startFromHead: true, nextToken: token }));
    expect(after.events?.map((event) => event.message)).toEqual(['late']);
  });

  it('limits by time range (start inclusive, end exclusive) and refuses bad tokens', async () => {
    const start = env.clock.now() - 100;
    await put('web-1', lines(10, start));
    const ranged = await env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', startTime: start + 2, endTime: start + 5, startFromHead: true }));
    expect(ranged.events?.map((event) => event.message)).toEqual(['line 2', 'line 3', 'line 4']);
    const bad = await logsError(env.logs.send(new GetLogEventsCommand({ logGroupName: 'app', logStreamName: 'web-1', nextToken: 'f/garbage' })));
    expect(bad.name).toBe('InvalidParameterException');
  });
});

describe('FilterLogEvents', () => {
  it('interleaves streams by timestamp and reports the streams searched', async () => {
    const t = env.clock.now() - 1000;
    await put('web-1', [{ timestamp: t + 1, message: 'web a' }, { timestamp: t + 4, message: 'web b' }]);
    await put('worker-1', [{ timestamp: t + 2, message: 'worker a' }, { timestamp: t + 3, message: 'worker b' }]);
    const answer = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', interleaved: false }));
    expect(answer.events?.map((event) => `${event.logStreamName}:${event.message}`)).toEqual(['web-1:web a', 'worker-1:worker a', 'worker-1:worker b', 'web-1:web b']);
    expect(answer.events?.[0]?.eventId).toMatch(/^\d{56}$/);
    expect(answer.searchedLogStreams?.map((stream) => stream.logStreamName)).toEqual(['web-1', 'web-2', 'worker-1']);
  });

  it('applies filter patterns, stream selection and time range', async () => {
    const t = env.clock.now() - 1000;
    await put('web-1', [
      { timestamp: t + 1, message: JSON.stringify({ level: 'ERROR', latency: 50 }) },
      { timestamp: t + 2, message: JSON.stringify({ level: 'INFO', latency: 900 }) },
      { timestamp: t + 3, message: 'ERROR 500 upstream' },
    ]);
    await put('worker-1', [{ timestamp: t + 4, message: 'ERROR 404 missing' }]);

    // Terms match anywhere in the text, JSON messages included.
    const terms = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', filterPattern: 'ERROR -404' }));
    expect(terms.events?.map((event) => event.timestamp)).toEqual([t + 1, t + 3]);
    const json = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', filterPattern: '{ $.latency > 100 }' }));
    expect(json.events?.map((event) => event.timestamp)).toEqual([t + 2]);
    const prefix = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', logStreamNamePrefix: 'work' }));
    expect(prefix.events?.map((event) => event.message)).toEqual(['ERROR 404 missing']);
    const named = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', logStreamNames: ['web-1'], startTime: t + 2, endTime: t + 3 }));
    expect(named.events?.map((event) => event.timestamp)).toEqual([t + 2, t + 3]);
  });

  it('pages with limit and nextToken, with no token on the last page', async () => {
    const t = env.clock.now() - 1000;
    await put('web-1', lines(5, t, 'web'));
    await put('web-2', lines(5, t, 'other'));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const answer = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', limit: 4, nextToken: token }));
      seen.push(...(answer.events ?? []).map((event) => event.message ?? ''));
      token = answer.nextToken;
      pages++;
    } while (token && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it('pages a time range across streams in time order, each matching event once', async () => {
    const t = env.clock.now() - 10_000;
    // Three streams written at interleaved times; the range starts and ends inside them.
    for (const [offset, stream] of ['web-1', 'web-2', 'worker-1'].entries()) {
      await put(stream, Array.from({ length: 40 }, (_, i) => ({ timestamp: t + i * 3 + offset, message: `${i % 5 === 0 ? 'skip' : 'keep'} ${stream} ${i}` })));
    }
    const seen: number[] = [];
    let token: string | undefined;
    do {
      const answer = await env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', startTime: t + 10, endTime: t + 100, filterPattern: 'keep', limit: 7, nextToken: token }));
      seen.push(...(answer.events ?? []).map((event) => event.timestamp ?? 0));
      token = answer.nextToken;
    } while (token);
    const expected = Array.from({ length: 120 }, (_, n) => ({ at: t + Math.floor(n / 3) * 3 + (n % 3), i: Math.floor(n / 3) }))
      .filter(({ at, i }) => at >= t + 10 && at <= t + 100 && i % 5 !== 0)
      .map(({ at }) => at);
    expect(seen).toEqual(expected);
  });

  it('refuses invalid patterns with AWS message, and names with a prefix together', async () => {
    const invalid = await logsError(env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', filterPattern: '{ $.level = "ERROR"' })));
    expect(invalid).toMatchObject({ name: 'InvalidParameterException', message: 'Invalid filter pattern' });
    const both = await logsError(env.logs.send(new FilterLogEventsCommand({ logGroupName: 'app', logStreamNames: ['web-1'], logStreamNamePrefix: 'web' })));
    expect(both.name).toBe('InvalidParameterException');
    const missing = await logsError(env.logs.send(new FilterLogEventsCommand({ logGroupName: 'nope' })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });
});
