import { z } from 'zod';
import type { BackupJobView, BackupsOverview, RecoveryPointView, RestoreTestProgress, RestoreTestRecord, RestoreTestStarted } from '../domain/backups';
import type { WatchEvent } from '../domain/watch';
import { bucketNameSchema, restoreTestSchema, scratchBucketSchema, testIdSchema, type RestoreTestInput } from '../validation/backups';
import type { BACKUPS_REQUESTS, BACKUPS_STREAMS } from './backups.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** AWS Backup coverage of the pipeline buckets, backup jobs, recovery points and restore tests. */
export const backupsRequests = {
  /**
   * Every bucket of the region with the plan selections covering it (or none: a finding), its last
   * backup job, recovery points and the covering plans' last restore test, with a warning when a
   * plan was never tested or not for 30 days. Says so plainly when the endpoint has no AWS Backup.
   */
  'backups.overview': request({ input: empty, output: returns<BackupsOverview>() }),
  /** One bucket's recovery points (newest first) and its backup jobs (newest first). */
  'backups.recoveryPoints': request({
    input: z.object({ bucket: bucketNameSchema }).strict(),
    output: returns<{ bucket: string; recoveryPoints: RecoveryPointView[]; backupJobs: BackupJobView[] }>(),
  }),
  /**
   * Restores a recovery point into a NEW scratch bucket (sagedeck-restore-test-<id>, which costs
   * money until deleted) with the covering selection's role; follow it with backups.watchRestoreTest.
   */
  'backups.restoreTest': request({
    input: restoreTestSchema,
    output: returns<RestoreTestStarted>(),
    mutation: { action: 'Run restore test', target: (input: RestoreTestInput) => `${input.bucket} into a new scratch bucket`, destructive: true },
  }),
  /** Restore tests SageDeck recorded in this profile and region, newest first (optionally one plan's). */
  'backups.history': request({
    input: z.object({ planId: z.string().min(1).max(256).optional() }).strict(),
    output: returns<RestoreTestRecord[]>(),
  }),
  /** Empties (every version) and deletes a restore test's scratch bucket. */
  'backups.deleteScratch': request({
    input: z.object({ bucket: scratchBucketSchema }).strict(),
    output: returns<{ deleted: string; objects: number }>(),
    mutation: { action: 'Delete scratch bucket', target: (input: { bucket: string }) => input.bucket, destructive: true },
  }),
} satisfies Record<(typeof BACKUPS_REQUESTS)[number], AnyRequestSpec>;

export const backupsStreams = {
  /** One restore test as it runs: restoring (AWS's percent), verifying, then passed or failed with its record. */
  'backups.watchRestoreTest': stream({
    input: z.object({ testId: testIdSchema }).strict(),
    event: returns<WatchEvent<RestoreTestProgress>>(),
    sessionScoped: true,
  }),
} satisfies Record<(typeof BACKUPS_STREAMS)[number], AnyStreamSpec>;

export const backupsChannelsMatch: [
  SameKeys<keyof typeof backupsRequests, (typeof BACKUPS_REQUESTS)[number]>,
  SameKeys<keyof typeof backupsStreams, (typeof BACKUPS_STREAMS)[number]>,
] = [true, true];
