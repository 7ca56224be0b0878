import { DescribeRecoveryPointCommand, DescribeRestoreJobCommand, GetRecoveryPointRestoreMetadataCommand, ListRecoveryPointsByBackupVaultCommand, ListRestoreJobsCommand, StartRestoreJobCommand } from '@aws-sdk/client-backup';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCostSandbox, type CostSandbox } from './costexplorer-harness';
import { control } from './support';

const ROLE = 'arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole';

async function etags(env: CostSandbox, bucket: string): Promise<Record<string, string>> {
  const out = await env.s3.send(new ListObjectsV2Command({ Bucket: bucket }));
  return Object.fromEntries((out.Contents ?? []).map((o) => [o.Key ?? '', o.ETag ?? '']));
}

async function newestPoint(env: CostSandbox): Promise<string> {
  const points = await env.backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' }));
  return points.RecoveryPoints?.[0]?.RecoveryPointArn ?? '';
}

async function restoreInto(env: CostSandbox, recoveryPointArn: string, bucket: string) {
  const { RestoreJobId } = await env.backup.send(new StartRestoreJobCommand({ RecoveryPointArn: recoveryPointArn, IamRoleArn: ROLE, ResourceType: 'S3', Metadata: { DestinationBucketName: bucket, NewBucket: 'true' } }));
  expect((await env.backup.send(new DescribeRestoreJobCommand({ RestoreJobId }))).Status).toBe('PENDING');
  env.clock.advance(60_000);
  expect((await env.backup.send(new DescribeRestoreJobCommand({ RestoreJobId }))).Status).toBe('RUNNING');
  env.clock.advance(120_000);
  return env.backup.send(new DescribeRestoreJobCommand({ RestoreJobId }));
}

describe('AWS Backup: restores', () => {
  let env: CostSandbox;
  beforeEach(async () => {
    env = await startCostSandbox();
  });
  afterEach(async () => env.stop());

  it('restores a recovery point into a new bucket whose objects carry the source’s ETags', async () => {
    const point = await newestPoint(env);
    const metadata = await env.backup.send(new GetRecoveryPointRestoreMetadataCommand({ BackupVaultName: 'sagedeck-demo-vault', RecoveryPointArn: point }));
    expect(metadata.RestoreMetadata).toMatchObject({ DestinationBucketName: 'sagedeck-demo-churn-data', NewBucket: 'true' });
    const job = await restoreInto(env, point, 'sagedeck-restore-test-1');
    expect(job).toMatchObject({ Status: 'COMPLETED', CreatedResourceArn: 'arn:aws:s3:::sagedeck-restore-test-1', ResourceType: 'S3' });
    const source = await etags(env, 'sagedeck-demo-churn-data');
    expect(Object.keys(source).length).toBeGreaterThan(5);
    expect(await etags(env, 'sagedeck-restore-test-1')).toEqual(source);
    expect((await env.backup.send(new DescribeRecoveryPointCommand({ BackupVaultName: 'sagedeck-demo-vault', RecoveryPointArn: point }))).LastRestoreTime).toEqual(job.CompletionDate);
    expect((await env.backup.send(new ListRestoreJobsCommand({ ByStatus: 'COMPLETED' }))).RestoreJobs?.map((j) => j.RestoreJobId)).toEqual([job.RestoreJobId]);
  });

  it('restores a tampered recovery point with one object whose ETag differs', async () => {
    const point = await newestPoint(env);
    const tampered = await control(env.sandbox.endpoint, 'POST', 'backup/tamper', { recoveryPointArn: point, key: 'raw/customers.csv' });
    expect(tampered.status).toBe(200);
    expect(tampered.json.tampered).toEqual({ recoveryPointArn: point, key: 'raw/customers.csv' });
    await restoreInto(env, point, 'sagedeck-restore-test-2');
    const source = await etags(env, 'sagedeck-demo-churn-data');
    const restored = await etags(env, 'sagedeck-restore-test-2');
    const differing = Object.keys(source).filter((key) => source[key] !== restored[key]);
    expect(differing).toEqual(['raw/customers.csv']);

    expect((await control(env.sandbox.endpoint, 'POST', 'backup/tamper', { recoveryPointArn: point, key: 'no/such.key' })).status).toBe(400);
    expect((await control(env.sandbox.endpoint, 'POST', 'backup/tamper', {})).status).toBe(400);
  });

  it('fails a restore into a bucket that already exists when NewBucket is "true"', async () => {
    const job = await restoreInto(env, await newestPoint(env), 'sagedeck-demo-access-logs');
    expect(job.Status).toBe('FAILED');
    expect(job.StatusMessage).toContain('already exists');
    expect(job.CreatedResourceArn).toBeUndefined();
  });
});
