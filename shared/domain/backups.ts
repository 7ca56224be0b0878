/** AWS Backup as the Backups section shows it: coverage of the pipeline's buckets and restore tests. */

/** A backup plan's selection that covers a bucket, with the role AWS Backup uses for it. */
export interface CoveringSelection {
  planId: string;
  planName: string;
  planArn: string;
  selectionId: string;
  selectionName: string;
  iamRoleArn: string;
}

export interface BackupJobView {
  jobId: string;
  /** AWS's state: CREATED, PENDING, RUNNING, COMPLETED, FAILED, ABORTED, EXPIRED, PARTIAL… */
  state: string;
  createdAt: string;
  completedAt?: string;
  statusMessage?: string;
  recoveryPointArn?: string;
  planId?: string;
}

export interface RecoveryPointView {
  arn: string;
  createdAt: string;
  /** COMPLETED, PARTIAL, DELETING, EXPIRED, AVAILABLE… as AWS spells it. */
  status: string;
  vaultName?: string;
  sizeBytes?: number;
  /** The plan whose backup job made it (from the backup jobs), when known. */
  planId?: string;
}

/** One key that did not come back as it was at the recovery point. */
export interface RestoreMismatch {
  key: string;
  /** missing: not restored; extra: restored but absent then; different: ETag or size differ. */
  problem: 'missing' | 'extra' | 'different';
  expected?: { etag?: string; size?: number };
  restored?: { etag?: string; size?: number };
}

/** A restore test SageDeck ran and verified, as recorded locally. */
export interface RestoreTestRecord {
  /** The restore job's id: the test's id. */
  testId: string;
  planId?: string;
  planName?: string;
  bucket: string;
  recoveryPointArn: string;
  recoveryPointCreatedAt: string;
  scratchBucket: string;
  startedAt: string;
  finishedAt: string;
  /** Objects compared (those current at the recovery point's creation). */
  objectsChecked: number;
  mismatches: RestoreMismatch[];
  passed: boolean;
  /** Why the test did not get to compare objects (the restore job failed or was aborted). */
  failureReason?: string;
  scratchDeleted?: boolean;
}

/** The newest restore of a plan's recovery points and the warning it earns. */
export interface PlanTestStatus {
  planId: string;
  planName: string;
  planArn: string;
  lastTest?: {
    at: string;
    /** sagedeck: verified by SageDeck (passed known); aws: a COMPLETED restore job started elsewhere (restored, not verified here). */
    source: 'sagedeck' | 'aws';
    passed?: boolean;
    recoveryPointArn: string;
    testId: string;
  };
  /** Never tested, not for 30 days, or the last test failed. */
  warning?: string;
}

export interface BucketCoverage {
  bucket: string;
  arn: string;
  /** Empty: no plan's selection covers the bucket (a finding). */
  coveredBy: CoveringSelection[];
  lastBackup?: BackupJobView;
  recoveryPoints: number;
  latestRecoveryPoint?: RecoveryPointView;
  /** The covering plans' newest restore test (the newest of them) and the worst warning. */
  lastTest?: PlanTestStatus['lastTest'];
  warning?: string;
  /** What could not be read for this bucket (the rest of its row stands). */
  notices: string[];
}

export interface BackupsOverview {
  buckets: BucketCoverage[];
  plans: PlanTestStatus[];
  /** Scratch buckets of earlier restore tests still there (cost money until deleted). */
  scratchBuckets: string[];
  /** Set when the endpoint does not offer AWS Backup: the buckets are listed, coverage unknown. */
  backupUnavailable?: string;
  notices: string[];
}

export type RestoreTestPhase = 'restoring' | 'verifying' | 'passed' | 'failed';

/** One restore test as it runs (a single item keyed by the test id). */
export interface RestoreTestProgress {
  testId: string;
  bucket: string;
  scratchBucket: string;
  recoveryPointArn: string;
  phase: RestoreTestPhase;
  /** 0–100 over the whole test: the restore job's PercentDone, then the objects verified. */
  percent: number;
  /** AWS's or SageDeck's words for the step. */
  step?: string;
  result?: RestoreTestRecord;
  done: boolean;
}

export interface RestoreTestStarted {
  testId: string;
  scratchBucket: string;
  planName?: string;
}

/** Tests older than this leave a plan "not tested for 30 days". */
export const RESTORE_TEST_MAX_AGE_DAYS = 30;
export const SCRATCH_BUCKET_PREFIX = 'sagedeck-restore-test-';
