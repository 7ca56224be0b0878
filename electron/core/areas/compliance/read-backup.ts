import { ListBackupJobsCommand, ListBackupPlansCommand, ListRestoreJobsCommand } from '@aws-sdk/client-backup';
import type { AwsClients } from '../../aws/clients';
import { probe, type NotRun } from '../posture/probe';
import type { Runner } from '../posture/report-sink';

/** A plan counts as tested when a restore of one of its recovery points completed this recently. */
export const RESTORE_TEST_WINDOW_DAYS = 30;

export interface PlanTest {
  planId: string;
  planName: string;
  /** ISO time of the newest completed restore of the plan's recovery points in the window. */
  lastRestore?: string;
}

/**
 * Each backup plan with the newest completed restore of a recovery point it made, within the
 * window: restore jobs name a recovery point, backup jobs name the plan that made it.
 */
export async function readPlanTests(clients: AwsClients, run: Runner, now: number): Promise<{ ok: true; value: PlanTest[] } | { ok: false; notRun: NotRun }> {
  const backup = clients.get('backup');
  const since = new Date(now - RESTORE_TEST_WINDOW_DAYS * 86_400_000);
  const [plans, jobs, restores] = await Promise.all([
    probe('backup', 'ListBackupPlans', () => run(() => backup.send(new ListBackupPlansCommand({ MaxResults: 1000 })))),
    probe('backup', 'ListBackupJobs', () => run(() => backup.send(new ListBackupJobsCommand({ MaxResults: 1000 })))),
    probe('backup', 'ListRestoreJobs', () => run(() => backup.send(new ListRestoreJobsCommand({ MaxResults: 1000, ByStatus: 'COMPLETED', ByCreatedAfter: since })))),
  ]);
  if (!plans.ok) return plans;
  if (!jobs.ok) return jobs;
  if (!restores.ok) return restores;
  const planOf = new Map<string, string>();
  for (const job of jobs.value.BackupJobs ?? []) if (job.RecoveryPointArn && job.CreatedBy?.BackupPlanId) planOf.set(job.RecoveryPointArn, job.CreatedBy.BackupPlanId);
  const newest = new Map<string, Date>();
  for (const restore of restores.value.RestoreJobs ?? []) {
    const planId = restore.RecoveryPointArn ? planOf.get(restore.RecoveryPointArn) : undefined;
    const at = restore.CompletionDate ?? restore.CreationDate;
    if (!planId || !at || restore.Status !== 'COMPLETED' || at.getTime() < since.getTime()) continue;
    if (!newest.has(planId) || newest.get(planId)!.getTime() < at.getTime()) newest.set(planId, at);
  }
  return {
    ok: true,
    value: (plans.value.BackupPlansList ?? []).map((p) => {
      const planId = p.BackupPlanId ?? '';
      const last = newest.get(planId);
      return { planId, planName: p.BackupPlanName ?? planId, ...(last ? { lastRestore: last.toISOString() } : {}) };
    }),
  };
}
