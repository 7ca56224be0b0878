import { randomUUID } from 'node:crypto';
import { StartRestoreJobCommand, type BackupClient } from '@aws-sdk/client-backup';
import type { S3Client } from '@aws-sdk/client-s3';
import { SCRATCH_BUCKET_PREFIX, type RestoreTestStarted } from '../../../../shared/domain/backups';
import { ErrorCodes, SageDeckError } from '../../../../shared/errors';
import type { RestoreTestInput } from '../../../../shared/validation/backups';
import { backupCall } from './backup-errors';
import { backupJobsOf, recoveryPointsOf } from './backup-reads';
import { bucketArn, bucketTags } from './buckets';
import { coveringSelections, readPlans } from './plans';
import { needsTags } from './selection-match';
import type { RestoreTestStore } from './test-store';

export interface StartDeps {
  backup: BackupClient;
  s3: S3Client;
  store: RestoreTestStore;
  profile: string;
  region: string;
  now: () => number;
  signal: AbortSignal;
}

const refused = (field: keyof RestoreTestInput, message: string) =>
  new SageDeckError({ code: ErrorCodes.InvalidInput, message, fields: { [field]: message }, retryable: false });

/**
 * Starts a restore test: a restore job of the recovery point into a NEW bucket (so nothing the
 * pipeline reads is touched), run with the role of the plan selection that backs the bucket up —
 * the role AWS Backup already uses for it. Remembered as pending until verified.
 */
export async function startRestoreTest(deps: StartDeps, input: RestoreTestInput): Promise<RestoreTestStarted> {
  const { backup, s3, signal } = deps;
  const arn = bucketArn(input.bucket);
  const jobs = await backupJobsOf(backup, arn, signal);
  const point = (await recoveryPointsOf(backup, arn, jobs, signal)).find((p) => p.arn === input.recoveryPointArn);
  if (!point) throw refused('recoveryPointArn', `${input.bucket} has no recovery point ${input.recoveryPointArn} (expired or deleted?). Refresh and choose another.`);
  if (point.status !== 'COMPLETED' && point.status !== 'AVAILABLE')
    throw refused('recoveryPointArn', `That recovery point is ${point.status}: only a completed recovery point can be restored.`);
  const plans = await readPlans(backup, signal);
  const tags = needsTags(plans.flatMap((p) => p.selections.map((s) => s.selection))) ? await bucketTags(s3, input.bucket, signal) : {};
  const covering = coveringSelections(plans, arn, tags);
  const selection = covering.find((s) => s.planId === point.planId) ?? covering[0];
  if (!selection?.iamRoleArn)
    throw refused('bucket', `No backup plan selection covers ${input.bucket} any more, so there is no AWS Backup role to restore with. Add the bucket to a plan's selection first.`);
  const scratchBucket = `${SCRATCH_BUCKET_PREFIX}${randomUUID().slice(0, 8)}`;
  const answer = await backupCall('StartRestoreJob', () =>
    backup.send(
      new StartRestoreJobCommand({
        RecoveryPointArn: point.arn,
        IamRoleArn: selection.iamRoleArn,
        ResourceType: 'S3',
        IdempotencyToken: scratchBucket,
        Metadata: { DestinationBucketName: scratchBucket, NewBucket: 'true' },
      }),
      { abortSignal: signal },
    ),
  );
  if (!answer.RestoreJobId) throw new Error('AWS Backup started the restore job without giving its id.');
  await deps.store.setPending({
    testId: answer.RestoreJobId,
    profile: deps.profile,
    region: deps.region,
    bucket: input.bucket,
    recoveryPointArn: point.arn,
    recoveryPointCreatedAt: point.createdAt,
    scratchBucket,
    startedAt: new Date(deps.now()).toISOString(),
    planId: selection.planId,
    planName: selection.planName,
    planArn: selection.planArn,
  });
  return { testId: answer.RestoreJobId, scratchBucket, planName: selection.planName };
}
