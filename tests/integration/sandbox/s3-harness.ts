import { request as httpRequest } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { S3Client, S3ServiceException, type S3ClientConfig } from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import type { ManualClock } from '../../../electron/sandbox/clock';
import type { RunningSandbox } from '../../../electron/sandbox/index';
import { createS3Module } from '../../../electron/sandbox/services/s3';
import { startTestSandbox } from './support';

/** A sandbox serving S3 alone on a free port, on a manual clock, with an SDK client per region. */
export interface S3Sandbox {
  sandbox: RunningSandbox;
  clock: ManualClock;
  s3: S3Client;
  clientFor(region: string): S3Client;
  /** A client with other settings (e.g. `requestChecksumCalculation: 'WHEN_REQUIRED'`, as older SDKs and tools send). */
  clientWith(settings: Partial<S3ClientConfig>): S3Client;
  stop(): Promise<void>;
}

export async function startS3Sandbox(options: { seed?: 'demo' | 'empty'; dataDir?: string } = {}): Promise<S3Sandbox> {
  const test = await startTestSandbox({ modules: [createS3Module], seed: options.seed ?? 'empty', dataDir: options.dataDir });
  const clients: S3Client[] = [];
  const clientWith = (settings: Partial<S3ClientConfig>) => {
    const client = new S3Client({ ...test.config, region: 'us-east-1', maxAttempts: 1, ...settings });
    clients.push(client);
    return client;
  };
  const clientFor = (region: string) => clientWith({ region });
  return {
    sandbox: test.sandbox,
    clock: test.clock,
    s3: clientFor('us-east-1'),
    clientFor,
    clientWith,
    async stop() {
      clients.forEach((c) => c.destroy());
      await test.stop();
    },
  };
}

/** The S3 error a failed SDK call threw (its name, status and parsed members). */
export async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof S3ServiceException) return error as S3ServiceException & Record<string, unknown>;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A SigV4-signed request sent byte for byte as given, to see exactly what the sandbox answers. */
export async function signedRequest(
  sandbox: RunningSandbox,
  init: { method: string; path: string; query?: Record<string, string>; headers?: Record<string, string>; body?: string; region?: string },
): Promise<RawAnswer> {
  const signer = new SignatureV4({ service: 's3', region: init.region ?? 'us-east-1', credentials: sandbox.credentials, sha256: Sha256 });
  const host = `127.0.0.1:${sandbox.port}`;
  const signed = await signer.sign({
    method: init.method,
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: sandbox.port,
    path: init.path,
    query: init.query ?? {},
    headers: { host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD', ...init.headers },
    body: init.body,
  });
  const search = new URLSearchParams(init.query ?? {}).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: sandbox.port, method: init.method, path: search ? `${init.path}?${search}` : init.path, headers: signed.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
