import type { ServiceEnv } from '../../types';
import { nextRun, parseCron, runsBetween } from './cron';
import { bucketOf, jobId, recoveryPointArn, resourceTypeOf } from './ids';
import type { BackupJobRecord, BackupStore, CreatedBy, Lifecycle, RecoveryPointRecord, RegionState, RestoreJobRecord } from './model';

/** Sandbox timings (simulated): a job starts a minute after it is created and copies for four more. */
export const BACKUP_TIMINGS = { startMs: 60_000, runMs: 240_000 };
export const RESTORE_TIMINGS = { startMs: 60_000, runMs: 120_000 };
const DAY_MS = 86_400_000;

export interface BackupRequest {
  vaultName: string;
  resourceArn: string;
  iamRoleArn: string;
  createdMs: number;
  startWindowMinutes: number;
  lifecycle?: Lifecycle;
  recoveryPointTags?: Record<string, string>;
  createdBy?: CreatedBy;
}

export const deleteAtMs = (createdMs: number, lifecycle: Lifecycle | undefined) =>
  lifecycle?.DeleteAfterDays === undefined ? undefined : createdMs + lifecycle.DeleteAfterDays * DAY_MS;

/**
 * Moves backup and restore jobs through their states and runs each plan's rules at their cron
 * times, on the sandbox clock: one timer armed for the next thing due, re-armed after each change.
 */
export class BackupRunner {
  private cancelTimer: (() => void) | undefined;

  constructor(
    private readonly store: BackupStore,
    private readonly env: ServiceEnv,
  ) {}

  startBackup(state: RegionState, request: BackupRequest): BackupJobRecord {
    const job: BackupJobRecord = {
      id: jobId(),
      vaultName: request.vaultName,
      resourceArn: request.resourceArn,
      iamRoleArn: request.iamRoleArn,
      recoveryPointArn: recoveryPointArn(state.where),
      createdMs: request.createdMs,
      startByMs: request.createdMs + request.startWindowMinutes * 60_000,
      state: 'CREATED',
      dueMs: request.createdMs + BACKUP_TIMINGS.startMs,
    };
    if (request.lifecycle) job.lifecycle = request.lifecycle;
    if (request.recoveryPointTags) job.recoveryPointTags = request.recoveryPointTags;
    if (request.createdBy) job.createdBy = request.createdBy;
    state.backupJobs[job.id] = job;
    return job;
  }

  startRestore(state: RegionState, point: RecoveryPointRecord, iamRoleArn: string, metadata: Record<string, string>, nowMs: number): RestoreJobRecord {
    const job: RestoreJobRecord = {
      id: jobId(),
      recoveryPointArn: point.arn,
      iamRoleArn,
      metadata,
      createdMs: nowMs,
      status: 'PENDING',
      dueMs: nowMs + RESTORE_TIMINGS.startMs,
      bytes: point.objects.reduce((n, o) => n + Buffer.from(o.body, 'base64').length, 0),
      recoveryPointCreatedMs: point.createdMs,
    };
    state.restoreJobs[job.id] = job;
    return job;
  }

  /** Runs everything due by now (scheduled rules, job transitions, expired recovery points), then re-arms. */
  tick(): void {
    const now = this.env.clock.now();
    for (const state of this.store.all()) {
      this.runSchedules(state, now);
      this.advance(state, now);
      for (const point of Object.values(state.recoveryPoints)) {
        const deleteAt = deleteAtMs(point.createdMs, point.lifecycle);
        if (deleteAt !== undefined && deleteAt <= now) delete state.recoveryPoints[point.arn];
      }
    }
    this.arm(now);
  }

  dispose(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private arm(now: number): void {
    this.dispose();
    let next = Infinity;
    for (const state of this.store.all()) {
      for (const job of [...Object.values(state.backupJobs), ...Object.values(state.restoreJobs)]) if (job.dueMs !== undefined) next = Math.min(next, job.dueMs);
      for (const { rule } of this.scheduledRules(state)) {
        const at = nextRun(parseCron(rule.ScheduleExpression ?? ''), state.scheduledThroughMs);
        if (at !== undefined) next = Math.min(next, at);
      }
    }
    if (next !== Infinity) this.cancelTimer = this.env.clock.after(Math.max(0, next - now), () => this.tick());
  }

  private scheduledRules(state: RegionState) {
    return Object.values(state.plans)
      .filter((plan) => plan.deletedMs === undefined)
      .flatMap((plan) => plan.rules.filter((rule) => rule.ScheduleExpression).map((rule) => ({ plan, rule })));
  }

  /** Every cron time passed since the last tick starts a job per selected resource, dated at that time. */
  private runSchedules(state: RegionState, now: number): void {
    for (const { plan, rule } of this.scheduledRules(state)) {
      for (const at of runsBetween(parseCron(rule.ScheduleExpression ?? ''), state.scheduledThroughMs, now)) {
        plan.lastExecutionMs = at;
        const selections = Object.values(state.selections).filter((s) => s.planId === plan.id);
        const resources = new Set(selections.flatMap((s) => s.resources.filter((r) => !s.notResources.includes(r))));
        const iamRoleArn = selections[0]?.iamRoleArn ?? '';
        for (const resourceArn of resources) {
          const request: BackupRequest = { vaultName: rule.TargetBackupVaultName, resourceArn, iamRoleArn, createdMs: at, startWindowMinutes: rule.StartWindowMinutes, createdBy: { BackupPlanId: plan.id, BackupPlanArn: plan.arn, BackupPlanVersion: plan.versionId, BackupRuleId: rule.RuleId } };
          if (rule.Lifecycle) request.lifecycle = rule.Lifecycle;
          if (rule.RecoveryPointTags) request.recoveryPointTags = rule.RecoveryPointTags;
          this.startBackup(state, request);
        }
      }
    }
    state.scheduledThroughMs = Math.max(state.scheduledThroughMs, now);
  }

  private advance(state: RegionState, now: number): void {
    for (;;) {
      const jobs = [...Object.values(state.backupJobs), ...Object.values(state.restoreJobs)].filter((j) => j.dueMs !== undefined && j.dueMs <= now);
      const job = jobs.sort((a, b) => (a.dueMs ?? 0) - (b.dueMs ?? 0))[0];
      if (!job) return;
      if ('vaultName' in job) this.advanceBackup(state, job);
      else this.advanceRestore(state, job);
    }
  }

  private advanceBackup(state: RegionState, job: BackupJobRecord): void {
    const at = job.dueMs ?? 0;
    if (job.state === 'CREATED') {
      const fail = this.backupProblem(state, job);
      if (fail) return this.endBackup(job, 'FAILED', at, fail);
      job.state = 'RUNNING';
      job.dueMs = at + BACKUP_TIMINGS.runMs;
      return;
    }
    // The point holds the bucket as it was when the job was created (its CreationDate), also when
    // the seed replays past runs: later writes belong to later points.
    const objects = this.env.bus.objects?.currentObjects?.(state.where, bucketOf(job.resourceArn), job.createdMs);
    if (!objects) return this.endBackup(job, 'FAILED', at, `Unable to find bucket ${bucketOf(job.resourceArn)}.`);
    const point: RecoveryPointRecord = {
      arn: job.recoveryPointArn,
      vaultName: job.vaultName,
      resourceArn: job.resourceArn,
      iamRoleArn: job.iamRoleArn,
      createdMs: job.createdMs,
      completedMs: at,
      objects: objects.map((o) => ({ key: o.key, body: o.body.toString('base64'), etag: o.etag, contentType: o.contentType })),
    };
    if (job.lifecycle) point.lifecycle = job.lifecycle;
    if (job.createdBy) point.createdBy = job.createdBy;
    state.recoveryPoints[point.arn] = point;
    if (job.recoveryPointTags) state.tags[point.arn] = { ...job.recoveryPointTags };
    job.bytes = objects.reduce((n, o) => n + o.body.length, 0);
    this.endBackup(job, 'COMPLETED', at);
  }

  private backupProblem(state: RegionState, job: BackupJobRecord): string | undefined {
    if (!state.vaults[job.vaultName]) return `Backup vault ${job.vaultName} does not exist.`;
    if (resourceTypeOf(job.resourceArn) !== 'S3') return `Resource type of ${job.resourceArn} is not supported by the sandbox (only S3 buckets).`;
    if (!this.env.bus.objects?.currentObjects?.(state.where, bucketOf(job.resourceArn))) return `Unable to find bucket ${bucketOf(job.resourceArn)}.`;
    return undefined;
  }

  private endBackup(job: BackupJobRecord, endState: 'COMPLETED' | 'FAILED', at: number, message?: string): void {
    job.state = endState;
    job.completedMs = at;
    delete job.dueMs;
    if (message) job.statusMessage = message;
  }

  private advanceRestore(state: RegionState, job: RestoreJobRecord): void {
    const at = job.dueMs ?? 0;
    if (job.status === 'PENDING') {
      job.status = 'RUNNING';
      job.dueMs = at + RESTORE_TIMINGS.runMs;
      return;
    }
    delete job.dueMs;
    job.completedMs = at;
    const problem = this.restoreInto(state, job);
    if (problem) {
      job.status = 'FAILED';
      job.statusMessage = problem;
      return;
    }
    job.status = 'COMPLETED';
    const point = state.recoveryPoints[job.recoveryPointArn];
    if (point) point.lastRestoreMs = at;
  }

  /** Writes the point's objects into the destination bucket through S3 (so ETags are S3's own); a problem as AWS would report it. */
  private restoreInto(state: RegionState, job: RestoreJobRecord): string | undefined {
    const objects = this.env.bus.objects;
    const point = state.recoveryPoints[job.recoveryPointArn];
    if (!objects || !point) return 'The recovery point no longer exists.';
    const bucket = job.metadata.DestinationBucketName ?? bucketOf(point.resourceArn);
    if (job.metadata.NewBucket === 'true' && !objects.createBucket?.(state.where, bucket)) return `Bucket ${bucket} already exists.`;
    for (const o of point.objects) {
      if (!objects.put(state.where, bucket, o.key, Buffer.from(o.body, 'base64'), o.contentType)) return `Bucket ${bucket} does not exist or is not owned by account ${state.where.accountId}.`;
    }
    job.createdResourceArn = `arn:aws:s3:::${bucket}`;
    return undefined;
  }
}
