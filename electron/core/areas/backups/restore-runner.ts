import { DescribeRestoreJobCommand, TagResourceCommand, type BackupClient, type DescribeRestoreJobOutput } from '@aws-sdk/client-backup';
import type { S3Client } from '@aws-sdk/client-s3';
import type { RestoreTestProgress, RestoreTestRecord } from '../../../../shared/domain/backups';
import { SageDeckError } from '../../../../shared/errors';
import { backupCall } from './backup-errors';
import { checksumsAgree, compareRestore, restoredObjects, sourceAt } from './restore-verify';
import type { PendingTest, RestoreTestStore } from './test-store';

/** The restore job's share of the progress bar; verifying the objects fills the rest. */
const RESTORE_SHARE = 80;
export const LAST_TEST_TAG = 'sagedeck:last-restore-test';

export interface RunnerClients {
  backup: BackupClient;
  s3: S3Client;
}

interface Verification {
  checked: number;
  total: number;
  /** Set when the verification stopped on an error: the next poll reports it, the one after tries again. */
  error?: unknown;
  /** The recorded result: kept, so a poll that read the pending test just before it was cleared does not verify again. */
  record?: RestoreTestRecord;
}

const base = (test: Pick<PendingTest, 'testId' | 'bucket' | 'scratchBucket' | 'recoveryPointArn'>) => ({ testId: test.testId, bucket: test.bucket, scratchBucket: test.scratchBucket, recoveryPointArn: test.recoveryPointArn });

export function progressOfRecord(record: RestoreTestRecord): RestoreTestProgress {
  return { ...base(record), phase: record.passed ? 'passed' : 'failed', percent: 100, result: record, done: true };
}

/**
 * Runs restore tests to their end: polls the restore job (DescribeRestoreJob), then verifies the
 * scratch bucket against the source once the job completed, and records the result. Verification
 * runs beside the polls (its progress shows in them) and once per test, however many watch it.
 */
export class RestoreRunner {
  private readonly verifying = new Map<string, Verification>();
  private readonly controller = new AbortController();

  constructor(
    private readonly store: RestoreTestStore,
    private readonly now: () => number,
  ) {}

  dispose(): void {
    this.controller.abort();
  }

  async progress(testId: string, profile: string, region: string, clients: () => Promise<RunnerClients>, signal: AbortSignal): Promise<RestoreTestProgress> {
    const settled = this.verifying.get(testId)?.record;
    if (settled) return progressOfRecord(settled);
    const test = await this.store.pending(testId);
    if (!test || test.profile !== profile || test.region !== region) {
      const record = (await this.store.history(profile, region)).find((r) => r.testId === testId);
      if (record) return progressOfRecord(record);
      throw new SageDeckError({ code: 'RestoreTestNotFound', message: `There is no restore test ${testId} in this profile and region.`, retryable: false });
    }
    const running = this.verifying.get(testId);
    if (running) return running.record ? progressOfRecord(running.record) : this.verifyingProgress(test, running);
    const { backup, s3 } = await clients();
    const job = await backupCall('DescribeRestoreJob', () => backup.send(new DescribeRestoreJobCommand({ RestoreJobId: testId }), { abortSignal: signal }));
    if (job.Status === 'COMPLETED') {
      const verification: Verification = { checked: 0, total: 0 };
      this.verifying.set(testId, verification);
      void this.verify(test, { backup, s3 }, verification);
      return this.verifyingProgress(test, verification);
    }
    if (job.Status === 'FAILED' || job.Status === 'ABORTED') return progressOfRecord(await this.finish(test, backup, this.failedRestore(test, job)));
    const percent = Number.parseFloat(job.PercentDone ?? '0');
    return {
      ...base(test),
      phase: 'restoring',
      percent: Math.round((Number.isFinite(percent) ? Math.min(percent, 100) : 0) * (RESTORE_SHARE / 100)),
      step: `Restore job ${job.Status ?? 'PENDING'}${job.StatusMessage ? `: ${job.StatusMessage}` : ''}`,
      done: false,
    };
  }

  private verifyingProgress(test: PendingTest, verification: Verification): RestoreTestProgress {
    if (verification.error !== undefined) {
      this.verifying.delete(test.testId);
      throw verification.error;
    }
    const share = verification.total > 0 ? verification.checked / verification.total : 0;
    return {
      ...base(test),
      phase: 'verifying',
      percent: RESTORE_SHARE + Math.floor(share * (100 - RESTORE_SHARE - 1)),
      step: verification.total > 0 ? `Verified ${verification.checked} of ${verification.total} objects` : 'Listing the source and the restored objects',
      done: false,
    };
  }

  private failedRestore(test: PendingTest, job: DescribeRestoreJobOutput): RestoreTestRecord {
    return {
      ...this.recordBase(test),
      objectsChecked: 0,
      mismatches: [],
      passed: false,
      failureReason: `The restore job ${job.Status === 'ABORTED' ? 'was aborted' : 'failed'}${job.StatusMessage ? `: ${job.StatusMessage}` : ''}.`,
    };
  }

  private recordBase(test: PendingTest) {
    return {
      testId: test.testId,
      ...(test.planId ? { planId: test.planId } : {}),
      ...(test.planName ? { planName: test.planName } : {}),
      bucket: test.bucket,
      recoveryPointArn: test.recoveryPointArn,
      recoveryPointCreatedAt: test.recoveryPointCreatedAt,
      scratchBucket: test.scratchBucket,
      startedAt: test.startedAt,
      finishedAt: new Date(this.now()).toISOString(),
    };
  }

  private async verify(test: PendingTest, clients: RunnerClients, verification: Verification): Promise<void> {
    const signal = this.controller.signal;
    try {
      const expected = await sourceAt(clients.s3, test.bucket, Date.parse(test.recoveryPointCreatedAt), signal);
      const restored = await restoredObjects(clients.s3, test.scratchBucket, signal);
      verification.total = expected.size;
      const { objectsChecked, mismatches } = await compareRestore(
        expected,
        restored,
        checksumsAgree(clients.s3, test.bucket, test.scratchBucket, signal),
        (checked) => (verification.checked = checked),
      );
      verification.record = await this.finish(test, clients.backup, { ...this.recordBase(test), objectsChecked, mismatches, passed: mismatches.length === 0 });
    } catch (error) {
      verification.error = error;
    }
  }

  /** Records the result, tags the plan with it (best effort: a tag is a convenience, the record is the evidence), forgets the pending test. */
  private async finish(test: PendingTest, backup: BackupClient, record: RestoreTestRecord): Promise<RestoreTestRecord> {
    await this.store.record(test.profile, test.region, record);
    await this.store.clearPending(test.testId);
    if (test.planArn) {
      const value = `${record.finishedAt} ${record.passed ? 'passed' : 'failed'}`;
      await backup.send(new TagResourceCommand({ ResourceArn: test.planArn, Tags: { [LAST_TEST_TAG]: value } })).catch(() => undefined);
    }
    return record;
  }
}
