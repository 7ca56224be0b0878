import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, ListMultipartUploadsCommand, HeadObjectCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoS3Keys } from '../../../electron/sandbox/services/sagemaker/seed/demo-runs';
import { startS3Sandbox, type S3Sandbox } from './s3-harness';
import { runAwsCli } from './support';

/** The AWS CLI v2 from Debian: an independent client whose parser nobody here wrote. */
const AWS = '/usr/bin/aws';

let env: S3Sandbox;
let dir: string;
const Bucket = 'cli-bucket';

/** Runs the CLI against the sandbox; a failing command rejects with its exit code and stderr. */
async function aws(...args: string[]): Promise<string> {
  const { credentials, endpoint } = env.sandbox;
  const result = await runAwsCli(args, { endpoint, accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey });
  if (result.code !== 0) throw Object.assign(new Error(`aws ${args.join(' ')} exited ${result.code}: ${result.stderr}`), result);
  return result.stdout;
}

const cliMissing = !existsSync(AWS);
if (cliMissing) console.warn(`[s3-cli] skipped: ${AWS} is not installed (apt: awscli)`);

describe.skipIf(cliMissing)('S3 through the AWS CLI v2', () => {
  beforeAll(async () => {
    env = await startS3Sandbox({ seed: 'demo' });
    dir = mkdtempSync(join(tmpdir(), 'sagedeck-s3-cli-'));
    await env.s3.send(new CreateBucketCommand({ Bucket }));
    await env.s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  });
  afterAll(async () => {
    await env?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('copies a 20 MiB file up (multipart) and back down byte for byte', async () => {
    const original = randomBytes(20 * 1024 * 1024);
    writeFileSync(join(dir, 'big.bin'), original);
    await aws('s3', 'cp', '--no-progress', join(dir, 'big.bin'), `s3://${Bucket}/datasets/big.bin`);
    const head = await env.s3.send(new HeadObjectCommand({ Bucket, Key: 'datasets/big.bin' }));
    // The CLI splits anything over 8 MiB into 8 MiB parts: 8 + 8 + 4.
    expect(head.ETag).toMatch(/^"[0-9a-f]{32}-3"$/);
    expect(head.ContentLength).toBe(original.length);
    expect((await env.s3.send(new ListMultipartUploadsCommand({ Bucket }))).Uploads).toBeUndefined();

    await aws('s3', 'cp', '--no-progress', `s3://${Bucket}/datasets/big.bin`, join(dir, 'back.bin'));
    expect(readFileSync(join(dir, 'back.bin')).equals(original)).toBe(true);
  });

  it('shows a versioned overwrite in s3api list-object-versions', async () => {
    writeFileSync(join(dir, 'v1.txt'), 'first version\n');
    writeFileSync(join(dir, 'v2.txt'), 'second, longer version\n');
    await aws('s3', 'cp', '--no-progress', join(dir, 'v1.txt'), `s3://${Bucket}/notes.txt`);
    env.clock.advance(60_000);
    await aws('s3', 'cp', '--no-progress', join(dir, 'v2.txt'), `s3://${Bucket}/notes.txt`);
    const listed = JSON.parse(await aws('s3api', 'list-object-versions', '--bucket', Bucket, '--prefix', 'notes.txt')) as {
      Versions: { Key: string; VersionId: string; IsLatest: boolean; Size: number }[];
    };
    expect(listed.Versions.map((v) => [v.Key, v.IsLatest, v.Size])).toEqual([
      ['notes.txt', true, 'second, longer version\n'.length],
      ['notes.txt', false, 'first version\n'.length],
    ]);
    expect(new Set(listed.Versions.map((v) => v.VersionId)).size).toBe(2);
    await aws('s3api', 'get-object', '--bucket', Bucket, '--key', 'notes.txt', '--version-id', listed.Versions[1]!.VersionId, join(dir, 'old.txt'));
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toBe('first version\n');
  });

  it('lists a prefix of the demo bucket with aws s3 ls', async () => {
    const top = await aws('s3', 'ls', 's3://sagedeck-demo-churn-data/');
    expect(top).toContain('PRE raw/');
    expect(top).toContain('PRE processed/');
    // A prefix that ends inside a key name, as `aws s3 ls` allows.
    const listed = await aws('s3', 'ls', 's3://sagedeck-demo-churn-data/raw/usage/2026-01-0');
    const names = listed.trim().split('\n').map((line) => line.trim().split(/\s+/).pop());
    const expected = demoS3Keys(env.clock.now()).usageFiles.filter((k) => k.startsWith('raw/usage/2026-01-0')).map((k) => k.slice('raw/usage/'.length));
    expect(expected.length).toBeGreaterThan(0);
    expect(names).toEqual(expected);
    const buckets = await aws('s3', 'ls');
    expect(buckets).toContain('sagedeck-demo-churn-data');
    expect(buckets).toContain('sagedeck-demo-access-logs');
  });

  it('reports a missing key the way the CLI expects (exit code and S3 error code)', async () => {
    const failure = await aws('s3api', 'head-object', '--bucket', Bucket, '--key', 'nope').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(254);
    expect(failure?.stderr).toContain('404');
    const missing = await aws('s3api', 'get-object', '--bucket', Bucket, '--key', 'nope', join(dir, 'x')).then(
      () => undefined,
      (error: { stderr: string }) => error,
    );
    expect(missing?.stderr).toContain('NoSuchKey');
  });
});
