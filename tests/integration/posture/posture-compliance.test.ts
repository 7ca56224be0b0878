import { BackupClient, DescribeRestoreJobCommand, ListRecoveryPointsByBackupVaultCommand, StartRestoreJobCommand } from '@aws-sdk/client-backup';
import { PutBucketPolicyCommand, PutPublicAccessBlockCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplianceExport, ComplianceReport } from '../../../shared/domain/compliance';
import type { PostureFindingRow, PostureReport } from '../../../shared/domain/posture';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

const DATA = 'sagedeck-demo-churn-data';
const LOGS = 'sagedeck-demo-access-logs';

let world: EndpointsWorld;
beforeEach(async () => {
  world = await startEndpointsWorld();
});
afterEach(async () => {
  await world?.close();
});

const report = () => world.ok<PostureReport>('posture.report', {});
const compliance = () => world.ok<ComplianceReport>('compliance.report', {});

function row(r: PostureReport, name: string, check: PostureFindingRow['check']): PostureFindingRow {
  const found = r.findings.find((f) => f.name === name && f.check === check);
  expect(found, `${check} of ${name} in ${JSON.stringify(r.findings.map((f) => f.id))}`).toBeDefined();
  return found!;
}

const control = (r: ComplianceReport, id: string) => r.controls.find((c) => c.id === id)!;

describe('posture.report on the demo seed', { timeout: 60_000 }, () => {
  it('tells the access-logs bucket on SSE-S3 from the data bucket on KMS, fails the HTTP listener and the endpoint key without rotation', async () => {
    const r = await report();
    expect(row(r, LOGS, 'bucket.kmsEncryption')).toMatchObject({ status: 'fail', evidence: expect.stringContaining('SSE-S3 (AES256)'), fix: { link: { area: 'bucket', bucket: LOGS } } });
    expect(row(r, LOGS, 'bucket.defaultEncryption').status).toBe('pass');
    expect(row(r, DATA, 'bucket.kmsEncryption')).toMatchObject({ status: 'pass', evidence: expect.stringContaining('alias/sagedeck-demo-data') });
    expect(row(r, 'churn-internal-alb HTTP:80', 'listener.tls')).toMatchObject({ status: 'fail', severity: 'high', fix: { link: { area: 'loadBalancer', name: 'churn-internal-alb' } } });
    expect(row(r, 'alias/sagedeck-demo-data', 'kmsKey.rotation').status).toBe('pass');
    const training = r.findings.find((f) => f.resourceKind === 'trainingJob' && f.check === 'job.networkIsolation');
    expect(training).toMatchObject({ status: 'fail', evidence: 'DescribeTrainingJob: EnableNetworkIsolation false', fix: { link: { area: 'job', kind: 'training' } } });
    expect(r.findings.filter((f) => f.resourceKind === 'processingJob' && f.check === 'job.vpc').length).toBeGreaterThan(0);
    // churn-prod's config names the endpoint key by its ARN: the report still calls the key by its alias.
    expect(r.findings.find((f) => f.resourceKind === 'endpointConfig')).toMatchObject({ name: expect.stringContaining('(churn-prod)'), status: 'pass', evidence: expect.stringMatching(/KmsKeyId arn:aws:kms:us-east-1:111122223333:key\//) });
    expect(row(r, 'alias/sagedeck-demo-endpoint', 'kmsKey.rotation')).toMatchObject({ status: 'fail', evidence: 'GetKeyRotationStatus: KeyRotationEnabled false', fix: { action: expect.stringContaining('aws kms enable-key-rotation --key-id') } });
    expect(r.findings.find((f) => f.name === 'churn-api/prod' && f.check === 'apiStage.tls')?.status).toBe('pass');
    expect(r.checksNotRun).toEqual([]);
    expect(r.counts.fail).toBe(r.findings.filter((f) => f.status === 'fail').length);
    // Failures lead the list.
    expect(r.findings[0]?.status).toBe('fail');
  });

  it('shows a bucket made public through the SDK as failing public access, with the fix on its posture page', async () => {
    await world.s3.send(new PutPublicAccessBlockCommand({ Bucket: LOGS, PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false } }));
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${LOGS}/*` }] };
    await world.s3.send(new PutBucketPolicyCommand({ Bucket: LOGS, Policy: JSON.stringify(policy) }));
    const r = await report();
    expect(row(r, LOGS, 'bucket.publicAccessBlock')).toMatchObject({ status: 'fail', evidence: expect.stringContaining('BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets off') });
    expect(row(r, LOGS, 'bucket.publicPolicy')).toMatchObject({ status: 'fail', severity: 'high', evidence: expect.stringContaining('IsPublic true'), fix: { link: { area: 'bucket', bucket: LOGS } } });
    expect(row(r, DATA, 'bucket.publicPolicy').status).toBe('pass');
    expect(control(await compliance(), 'publicAccessBlocked').status).toBe('fail');
  });

  it('keeps every other finding when KMS refuses GetKeyRotationStatus and ELBv2 has no DescribeListeners, and says which checks could not run', async () => {
    world.sandbox.control.addFault({ operation: 'kms:GetKeyRotationStatus', kind: 'unknownOperation' });
    world.sandbox.control.addFault({ operation: 'elasticloadbalancing:DescribeListeners', kind: 'accessDenied' });
    const r = await report();
    expect(row(r, 'alias/sagedeck-demo-data', 'kmsKey.rotation')).toMatchObject({ status: 'unknown', evidence: 'Could not run: this endpoint has no GetKeyRotationStatus operation.' });
    expect(row(r, 'alias/sagedeck-demo-data', 'kmsKey.state').status).toBe('pass');
    expect(row(r, 'churn-internal-alb', 'listener.tls').status).toBe('unknown');
    expect(row(r, LOGS, 'bucket.kmsEncryption').status).toBe('fail');
    expect(r.checksNotRun).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ service: 'kms', operation: 'GetKeyRotationStatus', cause: 'this endpoint has no GetKeyRotationStatus operation' }),
        expect.objectContaining({ service: 'elasticloadbalancing', operation: 'DescribeListeners', cause: expect.stringContaining('elasticloadbalancing:DescribeListeners') }),
      ]),
    );
  });
});

describe('compliance on the demo seed', { timeout: 90_000 }, () => {
  it('fails MFA on churn-prod-deployer, least privilege on the SageMaker role and encryption at rest on the unrotated key, and keeps data regions per profile', async () => {
    const r = await compliance();
    expect(r.accountId).toBe('111122223333');
    expect(control(r, 'mfaProductionRoles')).toMatchObject({ status: 'fail', evidence: [expect.stringContaining('churn-prod-deployer')] });
    expect(control(r, 'leastPrivilege').evidence.join('\n')).toMatch(/SageDeckDemoSageMakerRole: s3:\* on \*/);
    expect(control(r, 'leastPrivilege').evidence.join('\n')).toMatch(/churn-api-invoke: no wildcard action.*→ pass/);
    expect(control(r, 'dataResidency').status).toBe('pass');
    expect(control(r, 'encryptionAtRest')).toMatchObject({ status: 'fail', evidence: expect.arrayContaining(['alias/sagedeck-demo-endpoint: GetKeyRotationStatus: KeyRotationEnabled false → fail']) });
    expect(r.statement).toMatch(/technical evidence.*not a certification/);

    await world.ok('compliance.setRegions', { regions: ['eu-west-1'] });
    expect(await world.ok('compliance.regions', {})).toEqual({ regions: ['eu-west-1'], chosen: true });
    const moved = await compliance();
    expect(control(moved, 'dataResidency')).toMatchObject({ status: 'fail', evidence: expect.arrayContaining([`${DATA}: in us-east-1 → fail`]) });
  });

  it('fails "backups tested" until a restore of the plan’s recovery point completes, and exports account, region, time and every control', async () => {
    expect(control(await compliance(), 'backupsTested')).toMatchObject({ status: 'fail', evidence: [expect.stringContaining('churn-data-daily: no completed restore job')] });

    const backup = new BackupClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
    try {
      const points = await backup.send(new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName: 'sagedeck-demo-vault' }));
      const point = points.RecoveryPoints?.find((p) => p.Status === 'COMPLETED');
      expect(point?.RecoveryPointArn).toBeDefined();
      const { RestoreJobId } = await backup.send(
        new StartRestoreJobCommand({
          RecoveryPointArn: point!.RecoveryPointArn!,
          IamRoleArn: 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole',
          ResourceType: 'S3',
          Metadata: { DestinationBucketName: 'sagedeck-restore-test-1', NewBucket: 'true' },
        }),
      );
      await world.advanceUntil(async () => (await backup.send(new DescribeRestoreJobCommand({ RestoreJobId: RestoreJobId! }))).Status === 'COMPLETED', 'the restore job');
    } finally {
      backup.destroy();
    }
    const tested = await compliance();
    expect(control(tested, 'backupsTested')).toMatchObject({ status: 'pass', evidence: [expect.stringContaining('churn-data-daily: a restore of its recovery point completed')] });

    const file = await world.ok<ComplianceExport>('compliance.export', {});
    expect(file.fileName).toMatch(/^sagedeck-compliance-111122223333-us-east-1-\d{8}T\d{4}Z$/);
    for (const text of [file.html, file.csv]) {
      expect(text).toContain('111122223333');
      expect(text).toContain('us-east-1');
      expect(text).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(text).toContain('not a certification');
      for (const c of tested.controls) expect(text).toContain(c.title);
    }
    expect(file.csv.split('\r\n')).toContain('Account,111122223333');
  });
});
