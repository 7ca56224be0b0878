import { CreateBucketCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { MODULE_FACTORIES } from '../../../electron/sandbox/services';
import { createS3Module } from '../../../electron/sandbox/services/s3';
import type { ServiceModuleFactory } from '../../../electron/sandbox/types';
import type { DrillReport } from '../../../shared/domain/data';
import { startJobsWorld, type JobsWorld } from '../jobs/jobs-harness';

/**
 * S3 whose copies into `drills/` of a file named `tampered.csv` end up with other bytes (bit rot,
 * a bad disk, someone writing over the copy): the sandbox's own S3 with that one stand-in.
 */
const tamperingS3: ServiceModuleFactory = (env) => {
  const module = createS3Module(env);
  const service = module.services[0]!;
  const copy = service.operations.CopyObject!;
  service.operations.CopyObject = async (input, ctx) => {
    const answer = await copy(input, ctx);
    const key = String(input.Key);
    if (key.startsWith('drills/') && key.endsWith('tampered.csv'))
      env.bus.objects!.put(
        { accountId: '111122223333', region: 'us-east-1' },
        String(input.Bucket),
        key,
        Buffer.from('not what was backed up'),
      );
    return answer;
  };
  return module;
};

let emulator: RunningSandbox;
let world: JobsWorld;
let s3: S3Client;

beforeAll(async () => {
  emulator = await startSandbox({
    port: 0,
    seed: 'empty',
    modules: MODULE_FACTORIES.map((factory) => (factory === createS3Module ? tamperingS3 : factory)),
  });
  const { accessKeyId, secretAccessKey } = emulator.credentials;
  world = await startJobsWorld({
    config: `[profile base]\nregion = us-east-1\nendpoint_url = ${emulator.endpoint}\n`,
    credentials: `[base]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`,
  });
  s3 = new S3Client({
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: emulator.credentials,
    forcePathStyle: true,
    maxAttempts: 1,
  });
  await s3.send(new CreateBucketCommand({ Bucket: 'churn-data' }));
  await s3.send(
    new PutBucketVersioningCommand({ Bucket: 'churn-data', VersioningConfiguration: { Status: 'Enabled' } }),
  );
  for (const name of ['fine.csv', 'tampered.csv'])
    await s3.send(new PutObjectCommand({ Bucket: 'churn-data', Key: `raw/${name}`, Body: `contents of ${name}` }));
});

afterAll(async () => {
  s3.destroy();
  await world.close();
  await emulator.stop();
});

describe('prefixes.drill against a copy that does not match its version', () => {
  it('reports the mismatch with both checksums and does not pass', async () => {
    const report = await world.ok<DrillReport>('prefixes.drill', {
      bucket: 'churn-data',
      prefix: 'raw/',
      asOf: new Date(Date.now() + 60_000).toISOString(),
      scratchPrefix: 'drills/',
    });
    expect(report).toMatchObject({ objects: 2, verified: 1, unverifiable: [], failed: [], passed: false });
    expect(report.mismatched).toEqual([
      {
        key: 'raw/tampered.csv',
        expected: expect.stringMatching(/^CRC32 /),
        actual: expect.stringMatching(/^CRC64NVME /),
      },
    ]);
  });
});
