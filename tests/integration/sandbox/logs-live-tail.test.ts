import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  PutLogEventsCommand,
  StartLiveTailCommand,
  type StartLiveTailResponseStream,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logsError, startLogsSandbox, type LogsSandbox } from './logs-harness';
import { control } from './support';

vi.mock('../../../electron/sandbox/services', () => ({ MODULE_FACTORIES: [] }));

const ACCOUNT = '111122223333';

let env: LogsSandbox;
const aborts: AbortController[] = [];
beforeEach(async () => {
  env = await startLogsSandbox();
  await env.logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/sagemaker/TrainingJobs' }));
  await env.logs.send(new CreateLogStreamCommand({ logGroupName: '/aws/sagemaker/TrainingJobs', logStreamName: 'churn-1/algo-1-1' }));
});
afterEach(async () => {
  aborts.splice(0).forEach((controller) => controller.abort());
  await env.stop();
});

async function openTail(input: { logEventFilterPattern?: string; logGroupIdentifiers?: string[] } = {}) {
  const controller = new AbortController();
  aborts.push(controller);
  const response = await env.logs.send(
    new StartLiveTailCommand({ logGroupIdentifiers: input.logGroupIdentifiers ?? ['/aws/sagemaker/TrainingJobs'], logEventFilterPattern: input.logEventFilterPattern }),
    { abortSignal: controller.signal },
  );
  if (!response.responseStream) throw new Error('no response stream');
  return { events: response.responseStream[Symbol.asyncIterator](), controller };
}

async function next(events: AsyncIterator<StartLiveTailResponseStream>): Promise<StartLiveTailResponseStream> {
  const result = await events.next();
  if (result.done) throw new Error('the stream ended');
  return result.value;
}

const put = (messages: string[]) =>
  env.logs.send(
    new PutLogEventsCommand({
      logGroupName: '/aws/sagemaker/TrainingJobs',
      logStreamName: 'churn-1/algo-1-1',
      logEvents: messages.map((message) => ({ timestamp: env.clock.now(), message })),
    }),
  );

describe('StartLiveTail over HTTP', () => {
  it('streams sessionStart, then each second the events PutLogEvents wrote', async () => {
    const { events } = await openTail({ logEventFilterPattern: '?loss ?accuracy' });
    const start = await next(events);
    expect(start.sessionStart).toMatchObject({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'], logEventFilterPattern: '?loss ?accuracy' });
    expect(start.sessionStart?.sessionId).toBeTruthy();
    expect(start.sessionStart?.requestId).toBeTruthy();

    await put(['epoch 1 loss=0.61', 'checkpoint saved', 'epoch 1 accuracy=0.71']);
    env.clock.advance(1000);
    const update = await next(events);
    expect(update.sessionUpdate?.sessionMetadata?.sampled).toBe(false);
    expect(update.sessionUpdate?.sessionResults?.map((event) => event.message)).toEqual(['epoch 1 loss=0.61', 'epoch 1 accuracy=0.71']);
    expect(update.sessionUpdate?.sessionResults?.[0]).toMatchObject({
      logStreamName: 'churn-1/algo-1-1',
      logGroupIdentifier: `${ACCOUNT}:/aws/sagemaker/TrainingJobs`,
      timestamp: env.clock.now() - 1000,
      ingestionTime: env.clock.now() - 1000,
    });

    env.clock.advance(1000);
    expect((await next(events)).sessionUpdate?.sessionResults).toEqual([]);
  });

  it('ends the for-await loop with SessionTimeoutException after three hours', async () => {
    const { events } = await openTail();
    await next(events);
    await put(['still training']);
    env.clock.advance(1000);
    expect((await next(events)).sessionUpdate?.sessionResults?.map((event) => event.message)).toEqual(['still training']);

    env.clock.advance(3 * 60 * 60 * 1000);
    let updates = 0;
    const failure = await (async () => {
      for await (const event of { [Symbol.asyncIterator]: () => events }) if (event.sessionUpdate) updates++;
    })().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: 'SessionTimeoutException' });
    // A reader that fell behind gets at most the 10 newest updates, as AWS buffers them.
    expect(updates).toBe(10);
  });

  it('delivers PutLogEvents writes to a plain for-await loop over responseStream', async () => {
    const controller = new AbortController();
    aborts.push(controller);
    const response = await env.logs.send(new StartLiveTailCommand({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] }), { abortSignal: controller.signal });
    const seen: string[] = [];
    for await (const event of response.responseStream ?? []) {
      if (event.sessionStart) {
        await put(['[1]#011train-logloss:0.52']);
        env.clock.advance(1000);
      }
      for (const result of event.sessionUpdate?.sessionResults ?? []) seen.push(result.message ?? '');
      if (seen.length > 0) break;
    }
    expect(seen).toEqual(['[1]#011train-logloss:0.52']);
  });

  it('ends the session on the server when the client disconnects', async () => {
    const before = env.clock.pending();
    const { events, controller } = await openTail();
    await next(events);
    expect(env.clock.pending()).toBe(before + 2);
    controller.abort();
    await vi.waitFor(() => expect(env.clock.pending()).toBe(before), { timeout: 5000, interval: 20 });
  });

  it('ends open sessions and drops the groups on a control API reset', async () => {
    const { events } = await openTail();
    await next(events);
    const waiting = events.next();
    expect((await control(env.sandbox.endpoint, 'POST', 'reset')).status).toBe(200);
    expect((await waiting).done).toBe(true);
    expect(env.clock.pending()).toBe(0);
    const missing = await logsError(env.logs.send(new StartLiveTailCommand({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('follows the clock the control API advances', async () => {
    const { events } = await openTail();
    await next(events);
    await put(['before advance']);
    expect((await control(env.sandbox.endpoint, 'POST', 'clock/advance', { ms: 1000 })).status).toBe(200);
    expect((await next(events)).sessionUpdate?.sessionResults?.map((event) => event.message)).toEqual(['before advance']);
  });

  it('limits concurrent sessions to 15 and refuses unknown groups', async () => {
    for (let i = 0; i < 15; i++) await next((await openTail()).events);
    const limited = await logsError(env.logs.send(new StartLiveTailCommand({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] })));
    expect(limited.name).toBe('LimitExceededException');
    const missing = await logsError(env.logs.send(new StartLiveTailCommand({ logGroupIdentifiers: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:nope`] })));
    expect(missing.name).toBe('ResourceNotFoundException');
  });
});
