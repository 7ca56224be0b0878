import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Sha256 } from '@aws-crypto/sha256-js';
import { CloudWatchClient, ListMetricsCommand } from '@aws-sdk/client-cloudwatch';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCloudWatchModule } from '../../../electron/sandbox/services/cloudwatch';
import { createS3Module } from '../../../electron/sandbox/services/s3';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import { type TestSandbox, startTestSandbox, tempDir } from './support';

const MIB = 1024 * 1024;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

async function sandbox(dataDir?: string): Promise<TestSandbox> {
  const env = await startTestSandbox({ modules: [createStsModule, createS3Module, createCloudWatchModule], dataDir });
  cleanups.push(() => env.stop());
  return env;
}

interface Answer {
  status: number;
  body: string;
  /** Bytes of the body the client had written when the answer came. */
  sent: number;
}

/**
 * Declares `declared` bytes but writes only the first 64 KiB, then waits: the sandbox must answer
 * from the headers alone (the test would hang if it waited for the rest).
 */
function postWithoutFinishing(env: TestSandbox, headers: Record<string, string>, declared: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = httpRequest({ host: '127.0.0.1', port: env.sandbox.port, method: 'POST', path: '/', headers: { ...headers, 'content-length': String(declared) } }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sent });
        req.destroy();
      });
    });
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    sent += chunk.length;
    req.write(chunk);
  });
}

/** A correctly signed awsJson1_0 CloudWatch request with the given body and extra headers. */
async function signedCloudWatch(env: TestSandbox, body: Buffer, extra: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const signer = new SignatureV4({ service: 'monitoring', region: 'us-east-1', credentials: env.sandbox.credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: env.sandbox.port,
    path: '/',
    headers: { host: `127.0.0.1:${env.sandbox.port}`, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'GraniteServiceVersion20100801.PutMetricData', 'content-length': String(body.length), ...extra },
    body,
  });
  const response = await fetch(`${env.sandbox.endpoint}/`, { method: 'POST', headers: signed.headers, body });
  return { status: response.status, body: await response.text() };
}

describe('request bodies are bounded before and after authentication', () => {
  it('refuses an unsigned 300 MiB POST from its headers, without reading the body', async () => {
    const env = await sandbox();
    const answer = await postWithoutFinishing(env, { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.ListTrainingJobs' }, 300 * MIB);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('MissingAuthenticationTokenException');
    expect(answer.sent).toBe(64 * 1024);
  });

  it('refuses a known caller body above the service cap with 413 RequestEntityTooLarge', async () => {
    const env = await sandbox();
    const answer = await signedCloudWatch(env, Buffer.alloc(MIB + 1, ' '));
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('RequestEntityTooLarge');
    expect(answer.body).toContain(`Request size ${MIB + 1} exceeded ${MIB} bytes`);
  });

  it('refuses a signed gzip bomb once it inflates past 10 MiB', async () => {
    const env = await sandbox();
    const bomb = gzipSync(Buffer.alloc(64 * MIB, ' '));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const answer = await signedCloudWatch(env, bomb, { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('RequestEntityTooLarge');
  });
});

describe('credentials and state files', () => {
  it('refuses a session token sent with long-term keys, in each protocol family', async () => {
    const env = await sandbox();
    const garbage = { ...env.sandbox.credentials, sessionToken: 'garbage-token' };
    const sts = new STSClient({ ...env.configWith(garbage), maxAttempts: 1 });
    const cloudwatch = new CloudWatchClient({ ...env.configWith(garbage), maxAttempts: 1 });
    const s3 = new S3Client({ ...env.configWith(garbage), maxAttempts: 1 });
    cleanups.push(() => [sts, cloudwatch, s3].forEach((client) => client.destroy()));
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
    await expect(cloudwatch.send(new ListMetricsCommand({}))).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
    await expect(s3.send(new ListBucketsCommand({}))).rejects.toMatchObject({ name: 'InvalidToken' });
  });

  it('writes --data-dir state 0600 inside a 0700 directory, issued credentials included', async () => {
    const dir = tempDir('sagedeck-perm-');
    cleanups.push(() => dir.remove());
    const env = await sandbox(`${dir.path}/state`);
    const sts = new STSClient({ ...env.config, maxAttempts: 1 });
    await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:role/Ops', RoleSessionName: 'perm' }));
    sts.destroy();
    await env.stop();
    expect(statSync(`${dir.path}/state`).mode & 0o777).toBe(0o700);
    const credentials = statSync(`${dir.path}/state/sandbox-credentials.json`);
    expect(credentials.mode & 0o777).toBe(0o600);
  });

  it('logs one line, not a stack trace, when a client abandons its request', async () => {
    const env = await sandbox();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const socket = connect(env.sandbox.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nX-Amz-Target: SageMaker.ListTrainingJobs\r\n\r\n0123456789');
    socket.destroy();
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    expect(logged).toHaveBeenCalledTimes(1);
    const line = logged.mock.calls[0]?.map(String).join(' ') ?? '';
    expect(line).toBe('[sandbox] POST /: the client closed the connection before the request body arrived');
  });
});
