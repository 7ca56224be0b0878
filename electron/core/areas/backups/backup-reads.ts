import {
  ListBackupJobsCommand,
  ListRecoveryPointsByResourceCommand,
  ListRestoreJobsCommand,
  type BackupClient,
  type RestoreJobsListMember,
} from '@aws-sdk/client-backup';
import type { BackupJobView, RecoveryPointView } from '../../../../shared/domain/backups';
import { backupCall } from './backup-errors';
import { allPages } from './plans';

const iso = (date: Date | undefined) => (date ?? new Date(0)).toISOString();
const newestFirst = <T extends { createdAt: string }>(items: T[]) => items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** The bucket's backup jobs, newest first (ListBackupJobs ByResourceArn). */
export async function backupJobsOf(backup: BackupClient, arn: string, signal: AbortSignal): Promise<BackupJobView[]> {
  const jobs = await allPages(async (NextToken) => {
    const answer = await backupCall('ListBackupJobs', () => backup.send(new ListBackupJobsCommand({ ByResourceArn: arn, NextToken }), { abortSignal: signal }));
    return { items: answer.BackupJobs ?? [], nextToken: answer.NextToken };
  });
  return newestFirst(
    jobs
      .filter((job) => job.BackupJobId)
      .map((job) => ({
        jobId: job.BackupJobId!,
        state: job.State ?? 'UNKNOWN',
        createdAt: iso(job.CreationDate),
        ...(job.CompletionDate ? { completedAt: iso(job.CompletionDate) } : {}),
        ...(job.StatusMessage ? { statusMessage: job.StatusMessage } : {}),
        ...(job.RecoveryPointArn ? { recoveryPointArn: job.RecoveryPointArn } : {}),
        ...(job.CreatedBy?.BackupPlanId ? { planId: job.CreatedBy.BackupPlanId } : {}),
      })),
  );
}

/** The bucket's recovery points, newest first, each with the plan whose job made it (from `jobs`). */
export async function recoveryPointsOf(backup: BackupClient, arn: string, jobs: BackupJobView[], signal: AbortSignal): Promise<RecoveryPointView[]> {
  const planOf = new Map(jobs.flatMap((job) => (job.recoveryPointArn && job.planId ? [[job.recoveryPointArn, job.planId] as const] : [])));
  const points = await allPages(async (NextToken) => {
    const answer = await backupCall('ListRecoveryPointsByResource', () =>
      backup.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: arn, NextToken }), { abortSignal: signal }),
    );
    return { items: answer.RecoveryPoints ?? [], nextToken: answer.NextToken };
  });
  return newestFirst(
    points
      .filter((point) => point.RecoveryPointArn)
      .map((point) => {
        const planId = planOf.get(point.RecoveryPointArn!);
        return {
          arn: point.RecoveryPointArn!,
          createdAt: iso(point.CreationDate),
          status: point.Status ?? 'UNKNOWN',
          ...(point.BackupVaultName ? { vaultName: point.BackupVaultName } : {}),
          ...(point.BackupSizeBytes !== undefined ? { sizeBytes: point.BackupSizeBytes } : {}),
          ...(planId ? { planId } : {}),
        };
      }),
  );
}

/** COMPLETED restore jobs of the account and region: restores done anywhere count as tests of their plan. */
export async function completedRestoreJobs(backup: BackupClient, signal: AbortSignal): Promise<RestoreJobsListMember[]> {
  return allPages(async (NextToken) => {
    const answer = await backupCall('ListRestoreJobs', () => backup.send(new ListRestoreJobsCommand({ ByStatus: 'COMPLETED', NextToken }), { abortSignal: signal }));
    return { items: answer.RestoreJobs ?? [], nextToken: answer.NextToken };
  });
}
