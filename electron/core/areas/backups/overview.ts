import type { BackupClient } from '@aws-sdk/client-backup';
import type { S3Client } from '@aws-sdk/client-s3';
import type { BackupsOverview, BucketCoverage, PlanTestStatus, RecoveryPointView, RestoreTestRecord } from '../../../../shared/domain/backups';
import { mapLimited } from '../data/storage/limited';
import { isUnavailable } from './backup-errors';
import { backupJobsOf, completedRestoreJobs, recoveryPointsOf } from './backup-reads';
import { bucketArn, bucketTags, regionBuckets } from './buckets';
import { coveringSelections, readPlans, withoutSelection, type PlanInfo } from './plans';
import { needsTags } from './selection-match';
import { planTestStatus, type ExternalRestore } from './test-status';

export interface OverviewDeps {
  backup: BackupClient;
  s3: S3Client;
  region: string;
  records: RestoreTestRecord[];
  now: number;
  signal: AbortSignal;
}

/** Buckets read at once: each costs three or four calls. */
const BUCKETS_AT_ONCE = 6;

type BucketRow = BucketCoverage & { points: RecoveryPointView[] };

async function bucketRow(deps: OverviewDeps, plans: PlanInfo[], withTags: boolean, bucket: string): Promise<BucketRow> {
  const arn = bucketArn(bucket);
  const notices: string[] = [];
  const tags = withTags
    ? await bucketTags(deps.s3, bucket, deps.signal).catch((error: unknown) => {
        notices.push(`Its tags could not be read (${error instanceof Error ? error.message : String(error)}): selections by tag are not matched.`);
        return {};
      })
    : {};
  const coveredBy = coveringSelections(plans, arn, tags).map(withoutSelection);
  const jobs = await backupJobsOf(deps.backup, arn, deps.signal);
  const points = await recoveryPointsOf(deps.backup, arn, jobs, deps.signal);
  return {
    bucket,
    arn,
    coveredBy,
    ...(jobs[0] ? { lastBackup: jobs[0] } : {}),
    recoveryPoints: points.length,
    ...(points[0] ? { latestRecoveryPoint: points[0] } : {}),
    notices,
    points,
  };
}

/** Restores of the plan's recovery points SageDeck did not run itself. */
function externalRestoresOf(plan: PlanInfo, rows: BucketRow[], restores: ExternalRestore[]): ExternalRestore[] {
  const planOfPoint = new Map<string, { planId?: string; covered: boolean }>();
  for (const row of rows)
    for (const point of row.points) planOfPoint.set(point.arn, { ...(point.planId ? { planId: point.planId } : {}), covered: row.coveredBy.some((c) => c.planId === plan.planId) });
  return restores.filter((restore) => {
    const owner = planOfPoint.get(restore.recoveryPointArn);
    return owner !== undefined && (owner.planId ? owner.planId === plan.planId : owner.covered);
  });
}

/** Coverage of every bucket of the region, each plan's restore tests, and what could not be checked. */
export async function backupsOverview(deps: OverviewDeps): Promise<BackupsOverview> {
  const { buckets, scratch } = await regionBuckets(deps.s3, deps.region, deps.signal);
  let plans: PlanInfo[];
  try {
    plans = await readPlans(deps.backup, deps.signal);
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    const backupUnavailable = (error as Error).message;
    return { buckets: buckets.map((bucket) => ({ bucket, arn: bucketArn(bucket), coveredBy: [], recoveryPoints: 0, notices: [] })), plans: [], scratchBuckets: scratch, backupUnavailable, notices: [] };
  }
  const withTags = needsTags(plans.flatMap((p) => p.selections.map((s) => s.selection)));
  const rows = await mapLimited(buckets, BUCKETS_AT_ONCE, (bucket) => bucketRow(deps, plans, withTags, bucket));
  const notices: string[] = [];
  const ours = new Set(deps.records.map((r) => r.testId));
  const restores: ExternalRestore[] = await completedRestoreJobs(deps.backup, deps.signal)
    .then((jobs) =>
      jobs.flatMap((job) =>
        job.RestoreJobId && job.RecoveryPointArn && !ours.has(job.RestoreJobId)
          ? [{ restoreJobId: job.RestoreJobId, recoveryPointArn: job.RecoveryPointArn, completedAt: (job.CompletionDate ?? job.CreationDate ?? new Date(0)).toISOString() }]
          : [],
      ),
    )
    .catch((error: unknown) => {
      if (!isUnavailable(error)) throw error;
      notices.push('This endpoint has no ListRestoreJobs: restores done outside SageDeck are not counted as tests.');
      return [];
    });
  const statuses: PlanTestStatus[] = plans.map((plan) =>
    planTestStatus(plan, deps.records.filter((r) => r.planId === plan.planId), externalRestoresOf(plan, rows, restores), deps.now),
  );
  const coverage: BucketCoverage[] = rows.map(({ points: _points, ...row }) => {
    const mine = statuses.filter((s) => row.coveredBy.some((c) => c.planId === s.planId));
    const lastTest = mine.flatMap((s) => (s.lastTest ? [s.lastTest] : [])).sort((a, b) => b.at.localeCompare(a.at))[0];
    const warning = mine.find((s) => s.warning)?.warning;
    return { ...row, ...(lastTest ? { lastTest } : {}), ...(warning ? { warning } : {}) };
  });
  return { buckets: coverage, plans: statuses, scratchBuckets: scratch, notices };
}
