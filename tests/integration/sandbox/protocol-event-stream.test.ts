import {
  CloudWatchLogsClient,
  StartLiveTailCommand,
  type StartLiveTailResponseStream,
} from '@aws-sdk/client-cloudwatch-logs';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsError } from '../../../electron/sandbox/types';
import { fakeLiveTail, startTestSandbox, type TestSandbox } from './support';

/**
 * The event-stream transport (awsJson + `application/vnd.amazon.eventstream`), read by the real
 * CloudWatch Logs client's StartLiveTail parser and, byte for byte, by Smithy's codec.
 */
let env: TestSandbox | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

const start = {
  eventType: 'sessionStart',
  payload: { requestId: 'r1', sessionId: 's1', logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] },
};
const update = (n: number) => ({
  eventType: 'sessionUpdate',
  payload: {
    sessionMetadata: { sampled: false },
    sessionResults: [
      {
        logStreamName: 'job/algo-1-1',
        message: `line ${n}`,
        timestamp: 1767603600000 + n,
        ingestionTime: 1767603600100 + n,
        logGroupIdentifier: '/aws/sagemaker/TrainingJobs',
      },
    ],
  },
});

function liveTailClient(t: TestSandbox) {
  return new CloudWatchLogsClient({ ...t.config, maxAttempts: 1 });
}

describe('event streams', () => {
  it('delivers three events, in order, to the SDK StartLiveTail parser', async () => {
    const fake = fakeLiveTail({ script: [start, update(1), update(2)] });
    env = await startTestSandbox({ modules: [fake.factory] });
    const out = await liveTailClient(env).send(
      new StartLiveTailCommand({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] }),
    );
    const received: StartLiveTailResponseStream[] = [];
    for await (const event of out.responseStream ?? []) received.push(event);
    expect(received).toHaveLength(3);
    expect(received[0]?.sessionStart?.sessionId).toBe('s1');
    expect(received[1]?.sessionUpdate?.sessionResults?.[0]?.message).toBe('line 1');
    expect(received[2]?.sessionUpdate?.sessionResults?.[0]?.timestamp).toBe(1767603600002);
    await fake.probe.closed;
  });

  it('ends the stream with a modelled exception the SDK throws by name', async () => {
    const fake = fakeLiveTail({
      script: [start, new AwsError('SessionTimeoutException', 'Session timed out after 3 hours')],
    });
    env = await startTestSandbox({ modules: [fake.factory] });
    const out = await liveTailClient(env).send(
      new StartLiveTailCommand({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] }),
    );
    const seen: string[] = [];
    const failure = await (async () => {
      for await (const event of out.responseStream ?? []) seen.push(Object.keys(event)[0] ?? '');
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['sessionStart']);
    expect(failure).toMatchObject({ name: 'SessionTimeoutException', message: 'Session timed out after 3 hours' });
  });

  it('frames messages with the headers AWS sends and stops the producer when the client leaves', async () => {
    const fake = fakeLiveTail({ script: [start, update(1)], hold: true });
    env = await startTestSandbox({ modules: [fake.factory] });
    const url = new URL(env.config.endpoint);
    const signer = new SignatureV4({
      service: 'logs',
      region: 'us-east-1',
      credentials: env.config.credentials,
      sha256: Sha256,
    });
    const body = JSON.stringify({ logGroupIdentifiers: ['/aws/sagemaker/TrainingJobs'] });
    const signed = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'Logs_20140328.StartLiveTail',
      },
      body,
    });
    const abort = new AbortController();
    const response = await fetch(env.config.endpoint, {
      method: 'POST',
      headers: signed.headers,
      body,
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    expect(response.headers.get('transfer-encoding')).toBe('chunked');

    const codec = new EventStreamCodec(
      (b) => Buffer.from(b).toString('utf8'),
      (s) => Buffer.from(s, 'utf8'),
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let buffered = Buffer.alloc(0);
    const messages: { type: unknown; event: unknown; contentType: unknown; payload: unknown }[] = [];
    while (messages.length < 2) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered = Buffer.concat([buffered, Buffer.from(value)]);
      while (buffered.length >= 4 && buffered.length >= buffered.readUInt32BE(0)) {
        const length = buffered.readUInt32BE(0);
        const message = codec.decode(buffered.subarray(0, length));
        buffered = buffered.subarray(length);
        messages.push({
          type: message.headers[':message-type']?.value,
          event: message.headers[':event-type']?.value,
          contentType: message.headers[':content-type']?.value,
          payload: JSON.parse(Buffer.from(message.body).toString('utf8')),
        });
      }
    }
    expect(messages.map((m) => [m.type, m.event, m.contentType])).toEqual([
      ['event', 'sessionStart', 'application/json'],
      ['event', 'sessionUpdate', 'application/json'],
    ]);
    expect(messages[0]?.payload).toEqual(start.payload);

    abort.abort();
    await fake.probe.closed;
    expect(fake.probe.aborted).toBe(true);
  });
});
