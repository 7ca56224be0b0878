import type { OperationHandler } from '../../types';
import { type BackupDeps, createdWithin, page, regionOf, requireJob, requireVault } from './deps';
import { invalidParameter, missingParameter } from './errors';
import { resourceTypeOf } from './ids';
import type { BackupJobRecord, RegionState } from './model';
import { BACKUP_TIMINGS } from './runner';

function jobView(state: RegionState, j: BackupJobRecord) {
  const done = j.state === 'COMPLETED';
  return {
    AccountId: state.where.accountId,
    BackupJobId: j.id,
    BackupVaultName: j.vaultName,
    BackupVaultArn: state.vaults[j.vaultName]?.arn,
    RecoveryPointArn: j.recoveryPointArn,
    ResourceArn: j.resourceArn,
    ResourceType: resourceTypeOf(j.resourceArn),
    ResourceName: j.resourceArn.split(':').at(-1),
    CreationDate: new Date(j.createdMs),
    CompletionDate: j.completedMs === undefined ? undefined : new Date(j.completedMs),
    State: j.state,
    StatusMessage: j.statusMessage,
    PercentDone: done ? '100.0' : j.state === 'RUNNING' ? '50.0' : '0.0',
    BackupSizeInBytes: j.bytes,
    BytesTransferred: j.bytes,
    IamRoleArn: j.iamRoleArn,
    CreatedBy: j.createdBy,
    StartBy: new Date(j.startByMs),
    ExpectedCompletionDate: new Date(j.createdMs + BACKUP_TIMINGS.startMs + BACKUP_TIMINGS.runMs),
    IsParent: false,
  };
}

/** StartBackupJob (S3 buckets), DescribeBackupJob, ListBackupJobs with AWS's By* filters. */
export function jobOperations(deps: BackupDeps): Record<string, OperationHandler> {
  return {
    StartBackupJob(input, ctx) {
      const state = regionOf(deps, ctx);
      const vault = requireVault(state, input.BackupVaultName);
      if (typeof input.ResourceArn !== 'string') throw missingParameter('ResourceArn is required');
      if (typeof input.IamRoleArn !== 'string') throw missingParameter('IamRoleArn is required');
      if (!resourceTypeOf(input.ResourceArn)) throw invalidParameter(`Invalid ARN ${input.ResourceArn}. The sandbox backs up S3 buckets (arn:aws:s3:::bucket) only.`);
      const job = deps.runner.startBackup(state, {
        vaultName: vault.name,
        resourceArn: input.ResourceArn,
        iamRoleArn: input.IamRoleArn,
        createdMs: ctx.clock.now(),
        startWindowMinutes: typeof input.StartWindowMinutes === 'number' ? input.StartWindowMinutes : 480,
        ...(input.Lifecycle ? { lifecycle: input.Lifecycle as BackupJobRecord['lifecycle'] } : {}),
        ...(input.RecoveryPointTags ? { recoveryPointTags: input.RecoveryPointTags as Record<string, string> } : {}),
      });
      deps.runner.tick();
      return { BackupJobId: job.id, RecoveryPointArn: job.recoveryPointArn, CreationDate: new Date(job.createdMs), IsParent: false };
    },
    DescribeBackupJob(input, ctx) {
      const state = regionOf(deps, ctx);
      return jobView(state, requireJob(state.backupJobs, input.BackupJobId, 'backup job'));
    },
    ListBackupJobs(input, ctx) {
      const state = regionOf(deps, ctx);
      const jobs = Object.values(state.backupJobs)
        .filter((j) => input.ByResourceArn === undefined || j.resourceArn === input.ByResourceArn)
        .filter((j) => input.ByState === undefined || j.state === input.ByState)
        .filter((j) => input.ByBackupVaultName === undefined || j.vaultName === input.ByBackupVaultName)
        .filter((j) => input.ByResourceType === undefined || resourceTypeOf(j.resourceArn) === input.ByResourceType)
        .filter(createdWithin(input))
        .sort((a, b) => b.createdMs - a.createdMs);
      const { items, NextToken } = page(jobs.map((j) => jobView(state, j)), input);
      return { BackupJobs: items, NextToken };
    },
  };
}
