import { BackupClient, DescribeRestoreJobCommand, ListTagsCommand, StartRestoreJobCommand } from '@aws-sdk/client-backup';
import { HeadBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupsOverview, BucketCoverage, RecoveryPointView, RestoreTestProgress, RestoreTestRecord, RestoreTestStarted } from '../../../shared/domain/backups';
import type { WatchEvent } from '../../../shared/domain/watch';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';
import { until, type WatchRecorder } from '../jobs/jobs-harness';

const DATA = 'sagedeck-demo-churn-data';
const LOGS = 'sagedeck-demo-access-logs';
const PLAN = 'churn-data-daily';

/** The newest progress a restore test's watch delivered. */
function latest(live: WatchRecorder): RestoreTestProgress | undefined {
  return (live.events as WatchEvent<RestoreTestProgress>[]).flatMap((e) => (e.type === 'snapshot' ? e.items : e.type === 'changes' ? e.updated : [])).at(-1);
}

/**
 * One demo world for the file (CI time): the tests run in order and build on each other — the
 * never-tested plan, a scheduled backup, a passing test, a tampered point failing — as a person
 * using the console would.
 */
describe('backups on the demo seed', { timeout: 120_000 }, () => {
  let world: EndpointsWorld;
  const overview = () => world.ok<BackupsOverview>('backups.overview', {});
  const row = async (bucket: string): Promise<BucketCoverage> => {
    const found = (await overview()).buckets.find((b) => b.bucket === bucket);
    if (!found) throw new Error(`${bucket} is not in backups.overview`);
    return found;
  };
  const points = async () => (await world.ok<{ recoveryPoints: RecoveryPointView[] }>('backups.recoveryPoints', { bucket: DATA })).recoveryPoints;
  const objectCount = async (bucket: string) => (await world.s3.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount ?? 0;

  /** Starts a restore test through the gate (confirmed) and follows it on the manual clock until it is done. */
  async function restoreTest(recoveryPointArn: string): Promise<{ started: RestoreTestStarted; phases: string[]; result: RestoreTestRecord }> {
    const started = await world.ok<RestoreTestStarted>('backups.restoreTest', { bucket: DATA, recoveryPointArn });
    const live = world.subscribe('backups.watchRestoreTest', { testId: started.testId });
    await until(() => latest(live) !== undefined, 'the restore test snapshot');
    await world.advanceUntil(async () => latest(live)?.done === true, 'the restore test to finish');
    const phases = [...new Set((live.events as WatchEvent<RestoreTestProgress>[]).flatMap((e) => (e.type === 'snapshot' ? e.items : e.type === 'changes' ? e.updated : [])).map((p) => p.phase))];
    live.cancel();
    return { started, phases, result: latest(live)!.result! };
  }

  beforeAll(async () => {
    world = await startEndpointsWorld();
    // Started between 05:00 and 05:05 UTC, today's scheduled backup is still running, as it would be in AWS.
    await world.advanceUntil(async () => (await row(DATA)).lastBackup?.state === 'COMPLETED', "today's scheduled backup to complete", 10);
  }, 60_000);
  afterAll(async () => world?.close());

  it('shows the data bucket covered by churn-data-daily with its backups, the access-logs bucket not covered, and the never-tested plan warned', async () => {
    const data = await row(DATA);
    expect(data.coveredBy.map((c) => `${c.planName}/${c.selectionName}`)).toEqual([`${PLAN}/churn-data-bucket`]);
    expect(data.lastBackup?.state).toBe('COMPLETED');
    expect(data.recoveryPoints).toBe(3);
    expect(data.lastTest).toBeUndefined();
    expect(data.warning).toContain('never been restore-tested');
    const logs = await row(LOGS);
    expect(logs.coveredBy).toEqual([]);
    expect(logs.recoveryPoints).toBe(0);
    expect((await overview()).plans.find((p) => p.planName === PLAN)?.warning).toContain('never');
  });

  it('runs the daily backup when the clock reaches 05:00 and adds a recovery point', async () => {
    const before = await points();
    await world.timers.advance(24 * 3_600_000);
    const after = await points();
    expect(after.length).toBe(before.length + 1);
    expect(after[0]!.status).toBe('COMPLETED');
    expect(Date.parse(after[0]!.createdAt)).toBeGreaterThan(Date.parse(before[0]!.createdAt));
    expect((await row(DATA)).recoveryPoints).toBe(after.length);
  });

  it('restores the newest recovery point into a new scratch bucket, verifies every object, records the pass and clears the warning', async () => {
    const [newest] = await points();
    const sourceObjects = await objectCount(DATA);
    expect(sourceObjects).toBeGreaterThan(0);
    const { started, phases, result } = await restoreTest(newest!.arn);
    expect(started.scratchBucket).toMatch(/^sagedeck-restore-test-[0-9a-f]{8}$/);
    expect(phases).toEqual(expect.arrayContaining(['restoring', 'passed']));
    expect(result).toMatchObject({ passed: true, objectsChecked: sourceObjects, mismatches: [], recoveryPointArn: newest!.arn, planName: PLAN });
    expect(await objectCount(started.scratchBucket)).toBe(sourceObjects);
    const data = await row(DATA);
    expect(data.lastTest).toMatchObject({ source: 'sagedeck', passed: true, testId: started.testId });
    expect(data.warning).toBeUndefined();
    expect((await overview()).scratchBuckets).toContain(started.scratchBucket);
    const history = await world.ok<RestoreTestRecord[]>('backups.history', {});
    expect(history.map((r) => r.testId)).toEqual([started.testId]);
    const backup = new BackupClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
    const tags = await backup.send(new ListTagsCommand({ ResourceArn: data.coveredBy[0]!.planArn })).finally(() => backup.destroy());
    expect(tags.Tags?.['sagedeck:last-restore-test']).toBe(`${result.finishedAt} passed`);

    const deleted = await world.ok<{ objects: number }>('backups.deleteScratch', { bucket: started.scratchBucket });
    expect(deleted.objects).toBe(sourceObjects);
    await expect(world.s3.send(new HeadBucketCommand({ Bucket: started.scratchBucket }))).rejects.toThrow();
    expect((await world.ok<RestoreTestRecord[]>('backups.history', {}))[0]?.scratchDeleted).toBe(true);
    expect((await overview()).scratchBuckets).toEqual([]);
  });

  it('fails the restore test of a tampered recovery point, naming the tampered key, and warns again', async () => {
    // The point that just passed: only the tamper can make it fail now.
    const target = (await points())[0]!;
    const response = await fetch(`${world.sandbox.endpoint}/_sandbox/backup/tamper`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recoveryPointArn: target.arn }),
    });
    expect(response.ok).toBe(true);
    const { tampered } = (await response.json()) as { tampered: { key: string } };
    const { result } = await restoreTest(target.arn);
    expect(result.passed).toBe(false);
    expect(result.mismatches.map((m) => `${m.key}:${m.problem}`)).toEqual([`${tampered.key}:different`]);
    const data = await row(DATA);
    expect(data.lastTest).toMatchObject({ passed: false });
    expect(data.warning).toContain('failed');
  });

  it('verifies the oldest seeded recovery point against the bucket as it was at that run, though the bucket has grown since', async () => {
    const oldest = (await points()).at(-1)!;
    const { result } = await restoreTest(oldest.arn);
    expect(result).toMatchObject({ passed: true, mismatches: [], recoveryPointArn: oldest.arn });
    expect(result.objectsChecked).toBeGreaterThan(0);
    expect(result.objectsChecked).toBeLessThan(await objectCount(DATA));
  });

  it('finishes and records a restore test whose screen was closed at once (no one watches it)', async () => {
    // The oldest point: the newest was tampered with above.
    const started = await world.ok<RestoreTestStarted>('backups.restoreTest', { bucket: DATA, recoveryPointArn: (await points()).at(-1)!.arn });
    const recorded = async () => (await world.ok<RestoreTestRecord[]>('backups.history', {})).find((r) => r.testId === started.testId);
    await world.advanceUntil(async () => (await recorded()) !== undefined, 'the unwatched restore test to be recorded');
    expect(await recorded()).toMatchObject({ passed: true, mismatches: [] });
    expect((await row(DATA)).lastTest).toMatchObject({ source: 'sagedeck', testId: started.testId, passed: true });
  });

  it('counts a restore completed outside SageDeck (ListRestoreJobs) as the plan’s newest test', async () => {
    const backup = new BackupClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
    try {
      const role = (await row(DATA)).coveredBy[0]!.iamRoleArn;
      const { RestoreJobId } = await backup.send(
        new StartRestoreJobCommand({ RecoveryPointArn: (await points())[2]!.arn, IamRoleArn: role, ResourceType: 'S3', Metadata: { DestinationBucketName: 'restored-by-hand', NewBucket: 'true' } }),
      );
      await world.advanceUntil(async () => (await backup.send(new DescribeRestoreJobCommand({ RestoreJobId }))).Status === 'COMPLETED', 'the hand-made restore');
      const data = await row(DATA);
      expect(data.lastTest).toMatchObject({ source: 'aws', testId: RestoreJobId });
      expect(data.warning).toBeUndefined();
    } finally {
      backup.destroy();
    }
  });

  it('refuses a restore test of a recovery point the bucket does not have, next to the field', async () => {
    const envelope = await world.request('backups.restoreTest', { bucket: LOGS, recoveryPointArn: (await points())[0]!.arn }, { confirmed: true });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.fields?.recoveryPointArn).toContain('has no recovery point');
  });

  it('says plainly when the endpoint has no AWS Backup, and still lists the buckets', async () => {
    world.sandbox.control.addFault({ operation: 'backup:*', kind: 'unknownOperation' });
    try {
      const answer = await overview();
      expect(answer.backupUnavailable).toContain('does not offer AWS Backup');
      expect(answer.buckets.map((b) => b.bucket)).toEqual(expect.arrayContaining([DATA, LOGS]));
    } finally {
      world.sandbox.control.clearFaults();
    }
  });
});
