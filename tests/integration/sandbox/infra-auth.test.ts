import { Sha256 } from '@aws-crypto/sha256-js';
import { ListTrainingJobsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import type { ServiceModuleFactory } from '../../../electron/sandbox/types';
import { fakeRuntime, fakeSageMaker, startTestSandbox, type TestSandbox } from './support';

let env: TestSandbox;
beforeEach(async () => {
  env = await startTestSandbox({ modules: [createStsModule, fakeSageMaker, fakeRuntime, uploadSink] });
});
afterEach(() => env.stop());

const sink: { last?: { body: string; headers: Record<string, string> } } = {};
const uploaded = () => sink.last;
/** A restJson1 stand-in that records the body it was handed (after aws-chunked decoding). */
const uploadSink: ServiceModuleFactory = () => ({
  services: [
    {
      signingName: 'uploads',
      protocol: 'restJson1',
      operations: {
        Upload: (input, ctx) => {
          sink.last = { body: Buffer.from(input.Body as Uint8Array).toString('utf8'), headers: ctx.http.headers };
          return {};
        },
      },
      routes: [{ operation: 'Upload', method: 'PUT', path: '/upload/{Key+}', payload: 'Body' }],
    },
  ],
});

const WRONG_KEY = { accessKeyId: 'SDSANDBOXUNKNOWNKEY9', secretAccessKey: 'whatever-secret' };

describe('SigV4 verification', () => {
  it('an unknown access key: InvalidClientTokenId (awsQuery), UnrecognizedClientException (awsJson, restJson)', async () => {
    await expect(
      new STSClient({ ...env.configWith(WRONG_KEY), maxAttempts: 1 }).send(new GetCallerIdentityCommand({})),
    ).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(
      new SageMakerClient({ ...env.configWith(WRONG_KEY), maxAttempts: 1 }).send(new ListTrainingJobsCommand({})),
    ).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(
      new SageMakerRuntimeClient({ ...env.configWith(WRONG_KEY), maxAttempts: 1 }).send(
        new InvokeEndpointCommand({ EndpointName: 'x', Body: Buffer.from('{}') }),
      ),
    ).rejects.toMatchObject({ name: 'UnrecognizedClientException', $metadata: { httpStatusCode: 403 } });
  });

  it('a wrong secret: SignatureDoesNotMatch (awsQuery 403), InvalidSignatureException (awsJson 400)', async () => {
    const wrongSecret = { accessKeyId: env.config.credentials.accessKeyId, secretAccessKey: 'not-the-secret' };
    await expect(
      new STSClient({ ...env.configWith(wrongSecret), maxAttempts: 1 }).send(new GetCallerIdentityCommand({})),
    ).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(
      new SageMakerClient({ ...env.configWith(wrongSecret), maxAttempts: 1 }).send(new ListTrainingJobsCommand({})),
    ).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('a request altered after signing fails the signature', async () => {
    // Only the signature covers a signed header and the query: the body (and so its payload
    // hash) stays the same, so nothing but the signature comparison can catch these changes.
    const url = new URL(env.config.endpoint);
    const signer = new SignatureV4({
      service: 'sts',
      region: 'us-east-1',
      credentials: env.config.credentials,
      sha256: Sha256,
    });
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const signed = await signer.sign({
      method: 'POST',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      query: { probe: 'a' },
      headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded', 'x-sagedeck-probe': 'a' },
      body,
    });
    const send = (query: string, headers: Record<string, string>) => fetch(`${env.config.endpoint}/?${query}`, { method: 'POST', headers, body });
    expect(signed.headers['authorization']).toContain('x-sagedeck-probe');
    const ok = await send('probe=a', signed.headers);
    expect(ok.status).toBe(200);
    for (const tampered of [await send('probe=a', { ...signed.headers, 'x-sagedeck-probe': 'b' }), await send('probe=b', signed.headers)]) {
      expect(tampered.status).toBe(403);
      expect(await tampered.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    }
  });

  it('expired STS credentials: ExpiredToken (awsQuery), ExpiredTokenException (awsJson)', async () => {
    const out = await new STSClient(env.config).send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::111122223333:role/Ops',
        RoleSessionName: 'ops',
        DurationSeconds: 900,
      }),
    );
    const issued = {
      accessKeyId: out.Credentials?.AccessKeyId ?? '',
      secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
      sessionToken: out.Credentials?.SessionToken ?? '',
    };
    const sagemaker = new SageMakerClient({ ...env.configWith(issued), maxAttempts: 1 });
    await expect(sagemaker.send(new ListTrainingJobsCommand({}))).resolves.toBeDefined();
    env.clock.advance(900_001);
    await expect(sagemaker.send(new ListTrainingJobsCommand({}))).rejects.toMatchObject({
      name: 'ExpiredTokenException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(
      new STSClient({ ...env.configWith(issued), maxAttempts: 1 }).send(new GetCallerIdentityCommand({})),
    ).rejects.toMatchObject({
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('temporary credentials without their session token are refused', async () => {
    const out = await new STSClient(env.config).send(
      new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:role/Ops', RoleSessionName: 'ops' }),
    );
    const noToken = {
      accessKeyId: out.Credentials?.AccessKeyId ?? '',
      secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
    };
    await expect(
      new STSClient({ ...env.configWith(noToken), maxAttempts: 1 }).send(new GetCallerIdentityCommand({})),
    ).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
  });

  it('a presigned URL (query-string SigV4) works until it expires', async () => {
    const url = new URL(env.config.endpoint);
    const signer = new SignatureV4({
      service: 'sts',
      region: 'us-east-1',
      credentials: env.config.credentials,
      sha256: Sha256,
    });
    const request = {
      method: 'GET',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: url.host },
    };
    const toUrl = (presigned: { query?: Record<string, unknown> }) =>
      `${env.config.endpoint}/?${new URLSearchParams(presigned.query as Record<string, string>).toString()}`;
    const fresh = await signer.presign(request, { expiresIn: 60 });
    const ok = await fetch(toUrl(fresh));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<Account>111122223333</Account>');

    const old = await signer.presign(request, { expiresIn: 60, signingDate: new Date(Date.now() - 120_000) });
    const expired = await fetch(toUrl(old));
    expect(expired.status).toBe(403);
  });

  it('decodes a signed aws-chunked upload and verifies every chunk signature', async () => {
    const send = async (tamper: boolean) => {
      const url = new URL(env.config.endpoint);
      const chunks = [Buffer.from('a'.repeat(10)), Buffer.from('bcdef')];
      const framedLength = (data: Buffer) =>
        data.length.toString(16).length + ';chunk-signature='.length + 64 + 2 + data.length + 2;
      const total = chunks.reduce((sum, c) => sum + framedLength(c), 0) + framedLength(Buffer.alloc(0));
      const headers: Record<string, string> = {
        host: url.host,
        'content-encoding': 'aws-chunked',
        'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
        'x-amz-decoded-content-length': '15',
        'content-length': String(total),
      };
      const signingDate = new Date();
      const signer = new SignatureV4({
        service: 'uploads',
        region: 'us-east-1',
        credentials: env.config.credentials,
        sha256: Sha256,
      });
      const signed = await signer.sign(
        {
          method: 'PUT',
          protocol: 'http:',
          hostname: url.hostname,
          port: Number(url.port),
          path: '/upload/data/file.csv',
          headers,
        },
        { signingDate },
      );
      const seed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
      const amzDate = String(signed.headers['x-amz-date']);
      const scope = `${amzDate.slice(0, 8)}/us-east-1/uploads/aws4_request`;
      const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
      const key = hmac(
        hmac(hmac(hmac(`AWS4${env.config.credentials.secretAccessKey}`, amzDate.slice(0, 8)), 'us-east-1'), 'uploads'),
        'aws4_request',
      );
      const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
      let previous = seed;
      const parts: Buffer[] = [];
      for (const data of [...chunks, Buffer.alloc(0)]) {
        const signature = hmac(
          key,
          `AWS4-HMAC-SHA256-PAYLOAD\n${amzDate}\n${scope}\n${previous}\n${sha('')}\n${sha(data)}`,
        ).toString('hex');
        previous = signature;
        const sent = tamper && data.length === 5 ? Buffer.from('XXXXX') : data;
        parts.push(
          Buffer.from(`${data.length.toString(16)};chunk-signature=${signature}\r\n`),
          sent,
          Buffer.from('\r\n'),
        );
      }
      return fetch(`${env.config.endpoint}/upload/data/file.csv`, {
        method: 'PUT',
        headers: signed.headers,
        body: Buffer.concat(parts),
      });
    };
    delete sink.last;
    const ok = await send(false);
    expect(ok.status).toBe(200);
    expect(uploaded()?.body).toBe('aaaaaaaaaabcdef');
    expect(uploaded()?.headers['content-encoding']).toBeUndefined();
    const bad = await send(true);
    expect(bad.status).toBe(403);
    expect(bad.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
  });

  it('an unsigned request is refused with MissingAuthenticationToken', async () => {
    const response = await fetch(env.config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });
});
