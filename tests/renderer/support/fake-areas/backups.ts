import type { backupsRequests, backupsStreams } from '../../../../shared/contract/backups';
import type { BackupsOverview, RecoveryPointView, RestoreTestProgress, RestoreTestRecord } from '../../../../shared/domain/backups';
import type { WatchEvent } from '../../../../shared/domain/watch';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '111122223333';
export const PLAN_ID = 'f1a2b3c4-0000-4000-8000-000000000001';
export const RP = (n: number) => `arn:aws:backup:us-east-1:${ACCOUNT}:recovery-point:churn-data-${n}`;

export function demoOverview(): BackupsOverview {
  const covered = { planId: PLAN_ID, planName: 'churn-data-daily', planArn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:${PLAN_ID}`, selectionId: 'sel-1', selectionName: 'churn-data-bucket', iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/AWSBackupDefaultServiceRole` };
  const warning = 'churn-data-daily has never been restore-tested: run a restore test to prove its backups can be restored.';
  return {
    buckets: [
      { bucket: 'sagedeck-demo-access-logs', arn: 'arn:aws:s3:::sagedeck-demo-access-logs', coveredBy: [], recoveryPoints: 0, notices: [] },
      {
        bucket: 'sagedeck-demo-churn-data',
        arn: 'arn:aws:s3:::sagedeck-demo-churn-data',
        coveredBy: [covered],
        lastBackup: { jobId: 'job-3', state: 'COMPLETED', createdAt: '2026-12-05T05:00:00.000Z', completedAt: '2026-12-05T05:12:00.000Z', recoveryPointArn: RP(3), planId: PLAN_ID },
        recoveryPoints: 3,
        latestRecoveryPoint: points()[0]!,
        warning,
        notices: [],
      },
    ],
    plans: [{ planId: PLAN_ID, planName: 'churn-data-daily', planArn: covered.planArn, warning }],
    scratchBuckets: [],
    notices: [],
  };
}

function points(): RecoveryPointView[] {
  return [3, 2, 1].map((n) => ({ arn: RP(n), createdAt: `2026-12-0${n + 2}T05:12:00.000Z`, status: 'COMPLETED', vaultName: 'sagedeck-demo-vault', sizeBytes: 40_960, planId: PLAN_ID }));
}

/**
 * backups.*: the demo's coverage (churn-data covered by churn-data-daily, never tested; access logs
 * not covered). A restore test's progress comes from `progress(...)`, as core's watcher would send it.
 */
export class FakeBackups {
  overview: BackupsOverview = demoOverview();
  history: RestoreTestRecord[] = [];
  readonly started: { bucket: string; recoveryPointArn: string }[] = [];
  readonly deleted: string[] = [];
  private readonly watchers = new Map<string, Set<(event: WatchEvent<RestoreTestProgress>) => void>>();

  /** Sends one progress of a running test to every open watcher; a done one is recorded in history. */
  progress(item: RestoreTestProgress): void {
    if (item.result) this.history = [item.result, ...this.history];
    for (const emit of this.watchers.get(item.testId) ?? []) emit({ type: 'changes', added: [], updated: [item], removed: [] });
  }

  readonly requests: RequestHandlersOf<typeof backupsRequests> = {
    'backups.overview': async () => this.overview,
    'backups.recoveryPoints': async (input) => ({
      bucket: input.bucket,
      recoveryPoints: input.bucket === 'sagedeck-demo-churn-data' ? points() : [],
      backupJobs: [],
    }),
    'backups.restoreTest': async (input) => {
      this.started.push(input);
      return { testId: `restore-job-${this.started.length}`, scratchBucket: `sagedeck-restore-test-${String(this.started.length).padStart(8, '0')}`, planName: 'churn-data-daily' };
    },
    'backups.history': async (input) => (input.planId ? this.history.filter((r) => r.planId === input.planId) : this.history),
    'backups.deleteScratch': async (input) => {
      this.deleted.push(input.bucket);
      this.history = this.history.map((r) => (r.scratchBucket === input.bucket ? { ...r, scratchDeleted: true } : r));
      return { deleted: input.bucket, objects: 4 };
    },
  };
  readonly streams: StreamHandlersOf<typeof backupsStreams> = {
    'backups.watchRestoreTest': (input, emit) => {
      const set = this.watchers.get(input.testId) ?? new Set();
      set.add(emit);
      this.watchers.set(input.testId, set);
      const n = input.testId.replace('restore-job-', '');
      emit({ type: 'snapshot', items: [{ testId: input.testId, bucket: 'sagedeck-demo-churn-data', scratchBucket: `sagedeck-restore-test-${n.padStart(8, '0')}`, recoveryPointArn: RP(3), phase: 'restoring', percent: 0, step: 'Restore job PENDING', done: false }] });
      return () => set.delete(emit);
    },
  };
}
