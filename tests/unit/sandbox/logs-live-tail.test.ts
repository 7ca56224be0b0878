import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../../electron/sandbox/clock';
import { createLogsModule } from '../../../electron/sandbox/services/logs';
import { EventStreamOutput, type OperationContext, type SandboxBus, type ServiceDefinition, type ServiceModule, type StreamEvent } from '../../../electron/sandbox/types';

/**
 * Live Tail's session logic driven directly through the service handlers on a manual clock:
 * one update per simulated second, sampling, buffering, timeout and disconnects.
 */

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

interface Harness {
  clock: ManualClock;
  module: ServiceModule;
  service: ServiceDefinition;
  call(operation: string, input: Record<string, unknown>, signal?: AbortSignal): Promise<unknown>;
}

let harness: Harness | undefined;

function setup(bus: SandboxBus = {}): Harness {
  const clock = createManualClock();
  const module = createLogsModule({ clock, defaultAccountId: ACCOUNT, bus });
  const service = module.services[0] as ServiceDefinition;
  let request = 0;
  const call = async (operation: string, input: Record<string, unknown>, signal = new AbortController().signal) => {
    const ctx: OperationContext = {
      region: REGION,
      accountId: ACCOUNT,
      caller: { accessKeyId: 'AK', accountId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/test`, userId: 'AIDTEST' },
      requestId: `req-${++request}`,
      clock,
      http: { method: 'POST', path: '/', query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) },
      signal,
    };
    const handler = service.operations[operation];
    if (!handler) throw new Error(`no handler for ${operation}`);
    return handler(input, ctx);
  };
  harness = { clock, module, service, call };
  return harness;
}

afterEach(() => {
  harness?.module.dispose?.();
  harness = undefined;
});

async function groupWithStream(h: Harness, group = 'app', stream = 'web-1') {
  await h.call('CreateLogGroup', { logGroupName: group });
  await h.call('CreateLogStream', { logGroupName: group, logStreamName: stream });
}

async function startTail(h: Harness, input: Record<string, unknown>, signal?: AbortSignal) {
  const output = await h.call('StartLiveTail', input, signal);
  expect(output).toBeInstanceOf(EventStreamOutput);
  return (output as EventStreamOutput).events[Symbol.asyncIterator]();
}

interface UpdatePayload {
  sessionMetadata: { sampled: boolean };
  sessionResults: { logStreamName: string; logGroupIdentifier: string; message: string; timestamp: number; ingestionTime: number }[];
}

async function nextUpdate(iterator: AsyncIterator<StreamEvent>): Promise<UpdatePayload> {
  const result = await iterator.next();
  expect(result.done).toBe(false);
  expect(result.value.eventType).toBe('sessionUpdate');
  return result.value.payload as UpdatePayload;
}

const put = (h: Harness, messages: string[], stream = 'web-1', group = 'app') =>
  h.call('PutLogEvents', { logGroupName: group, logStreamName: stream, logEvents: messages.map((message) => ({ timestamp: h.clock.now(), message })) });

describe('StartLiveTail session', () => {
  it('opens with sessionStart echoing the request, then one update per second', async () => {
    const h = setup();
    await groupWithStream(h);
    const tail = await startTail(h, { logGroupIdentifiers: ['app'], logEventFilterPattern: 'ERROR' });
    const first = await tail.next();
    expect(first.value.eventType).toBe('sessionStart');
    const start = first.value.payload as Record<string, unknown>;
    expect(start.logGroupIdentifiers).toEqual(['app']);
    expect(start.logEventFilterPattern).toBe('ERROR');
    expect(start.requestId).toMatch(/^req-/);
    expect(start.sessionId).toEqual(expect.any(String));

    await put(h, ['INFO warming up', 'ERROR disk full']);
    h.clock.advance(1000);
    const update = await nextUpdate(tail);
    expect(update.sessionMetadata.sampled).toBe(false);
    expect(update.sessionResults).toEqual([
      { logStreamName: 'web-1', logGroupIdentifier: `${ACCOUNT}:app`, message: 'ERROR disk full', timestamp: h.clock.now() - 1000, ingestionTime: h.clock.now() - 1000 },
    ]);
  });

  it('sends an empty update as a heartbeat when a second brings nothing', async () => {
    const h = setup();
    await groupWithStream(h);
    const tail = await startTail(h, { logGroupIdentifiers: ['app'] });
    await tail.next();
    h.clock.advance(1000);
    expect((await nextUpdate(tail)).sessionResults).toEqual([]);
  });

  it('accepts log group ARNs and filters by stream name prefix', async () => {
    const h = setup();
    await groupWithStream(h, 'app', 'web-1');
    await h.call('CreateLogStream', { logGroupName: 'app', logStreamName: 'worker-1' });
    const tail = await startTail(h, { logGroupIdentifiers: [`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:app`], logStreamNamePrefixes: ['web'] });
    await tail.next();
    await put(h, ['from web'], 'web-1');
    await put(h, ['from worker'], 'worker-1');
    h.clock.advance(1000);
    expect((await nextUpdate(tail)).sessionResults.map((event) => event.message)).toEqual(['from web']);
  });

  it('tails several groups in one session, naming each event\'s group', async () => {
    const h = setup();
    await groupWithStream(h, 'api', 'web-1');
    await groupWithStream(h, 'jobs', 'algo-1');
    await groupWithStream(h, 'other', 'x');
    const tail = await startTail(h, { logGroupIdentifiers: ['api', 'jobs'] });
    await tail.next();
    await put(h, ['request served'], 'web-1', 'api');
    await put(h, ['round 7'], 'algo-1', 'jobs');
    await put(h, ['not tailed'], 'x', 'other');
    h.clock.advance(1000);
    const results = (await nextUpdate(tail)).sessionResults.map((event) => `${event.logGroupIdentifier}|${event.message}`);
    expect(results).toEqual([`${ACCOUNT}:api|request served`, `${ACCOUNT}:jobs|round 7`]);
    await expect(startTail(h, { logGroupIdentifiers: ['api', 'jobs'], logStreamNames: ['web-1'] })).rejects.toMatchObject({ code: 'InvalidParameterException' });
  });

  it('samples down to 500 events when a second brings more', async () => {
    const h = setup();
    await groupWithStream(h);
    const tail = await startTail(h, { logGroupIdentifiers: ['app'] });
    await tail.next();
    await put(h, Array.from({ length: 1200 }, (_, i) => `line ${i}`));
    h.clock.advance(1000);
    const update = await nextUpdate(tail);
    expect(update.sessionMetadata.sampled).toBe(true);
    expect(update.sessionResults).toHaveLength(500);
    const indexes = update.sessionResults.map((event) => Number(event.message.split(' ')[1]));
    // Spread over the whole second, in order, not just the first 500.
    expect(indexes[0]).toBe(0);
    expect(indexes[499]).toBeGreaterThan(1150);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
  });

  it('keeps at most 10 updates for a slow reader, dropping the oldest', async () => {
    const h = setup();
    await groupWithStream(h);
    const tail = await startTail(h, { logGroupIdentifiers: ['app'] });
    await tail.next();
    for (let second = 0; second < 12; second++) {
      await put(h, [`second ${second}`]);
      h.clock.advance(1000);
    }
    const received: string[] = [];
    for (let i = 0; i < 10; i++) received.push(...(await nextUpdate(tail)).sessionResults.map((event) => event.message));
    expect(received[0]).toBe('second 2');
    expect(received[9]).toBe('second 11');
  });

  it('ends with SessionTimeoutException after three hours and stops its timers', async () => {
    const h = setup();
    await groupWithStream(h);
    const tail = await startTail(h, { logGroupIdentifiers: ['app'] });
    await tail.next();
    // Read as we go, so the buffer stays small and the timeout is what ends the session.
    let updates = 0;
    const reading = (async () => {
      for (;;) {
        const result = await tail.next();
        if (result.done) return 'done';
        updates++;
      }
    })();
    for (let second = 0; second < 3 * 3600; second += 600) h.clock.advance(600_000);
    await expect(reading).rejects.toMatchObject({ name: 'SessionTimeoutException' });
    expect(updates).toBeGreaterThan(0);
    expect(h.clock.pending()).toBe(0);
  });

  it('stops producing when the client disconnects', async () => {
    const h = setup();
    await groupWithStream(h);
    const controller = new AbortController();
    const tail = await startTail(h, { logGroupIdentifiers: ['app'] }, controller.signal);
    await tail.next();
    const waiting = tail.next();
    controller.abort();
    expect((await waiting).done).toBe(true);
    expect(h.clock.pending()).toBe(0);
  });

  it('allows 15 concurrent sessions per account and frees a slot when one ends', async () => {
    const h = setup();
    await groupWithStream(h);
    const controllers = Array.from({ length: 15 }, () => new AbortController());
    for (const controller of controllers) await startTail(h, { logGroupIdentifiers: ['app'] }, controller.signal);
    await expect(startTail(h, { logGroupIdentifiers: ['app'] })).rejects.toMatchObject({ code: 'LimitExceededException' });
    controllers[0]?.abort();
    await expect(startTail(h, { logGroupIdentifiers: ['app'] })).resolves.toBeDefined();
  });

  it('refuses missing groups, mixed stream filters and bad patterns', async () => {
    const h = setup();
    await groupWithStream(h);
    await expect(startTail(h, { logGroupIdentifiers: ['nope'] })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
    await expect(startTail(h, { logGroupIdentifiers: ['app'], logStreamNames: ['web-1'], logStreamNamePrefixes: ['web'] })).rejects.toMatchObject({ code: 'InvalidParameterException' });
    await expect(startTail(h, { logGroupIdentifiers: [`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:app:*`] })).rejects.toMatchObject({ code: 'InvalidParameterException' });
    await expect(startTail(h, { logGroupIdentifiers: ['app'], logEventFilterPattern: '{ $.level = ' })).rejects.toMatchObject({ code: 'InvalidParameterException', message: 'Invalid filter pattern' });
    await expect(startTail(h, { logGroupIdentifiers: [] })).rejects.toMatchObject({ code: 'InvalidParameterException' });
  });

  it('sees events SageMaker writes through the bus LogWriter, which creates group and stream on demand', async () => {
    const bus: SandboxBus = {};
    const h = setup(bus);
    const where = { accountId: ACCOUNT, region: REGION };
    // History older than the 14 days PutLogEvents accepts is kept: seeded jobs ran weeks ago.
    bus.logs?.put(where, '/aws/sagemaker/TrainingJobs', 'job/algo-1-1', [{ timestamp: h.clock.now() - 30 * 86_400_000, message: 'epoch 1' }]);
    const tail = await startTail(h, { logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] });
    await tail.next();
    bus.logs?.put(where, '/aws/sagemaker/TrainingJobs', 'job/algo-1-1', [{ timestamp: h.clock.now(), message: 'epoch 2' }]);
    h.clock.advance(1000);
    expect((await nextUpdate(tail)).sessionResults.map((event) => event.message)).toEqual(['epoch 2']);
    const stored = (await h.call('GetLogEvents', { logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: 'job/algo-1-1', startFromHead: true })) as { events: { message: string }[] };
    expect(stored.events.map((event) => event.message)).toEqual(['epoch 1', 'epoch 2']);
  });
});
