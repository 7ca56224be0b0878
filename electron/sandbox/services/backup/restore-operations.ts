import type { OperationHandler } from '../../types';
import { type BackupDeps, createdWithin, page, regionOf, requireJob } from './deps';
import { invalidParameter, missingParameter } from './errors';
import { resourceTypeOf } from './ids';
import type { RegionState, RestoreJobRecord } from './model';
import { requirePoint } from './recovery-point-operations';
import { RESTORE_TIMINGS } from './runner';

function restoreView(state: RegionState, j: RestoreJobRecord) {
  const point = state.recoveryPoints[j.recoveryPointArn];
  return {
    AccountId: state.where.accountId,
    RestoreJobId: j.id,
    RecoveryPointArn: j.recoveryPointArn,
    CreationDate: new Date(j.createdMs),
    CompletionDate: j.completedMs === undefined ? undefined : new Date(j.completedMs),
    Status: j.status,
    StatusMessage: j.statusMessage,
    PercentDone: j.status === 'COMPLETED' ? '100.00%' : j.status === 'RUNNING' ? '50.00%' : '0.00%',
    BackupSizeInBytes: j.bytes,
    IamRoleArn: j.iamRoleArn,
    ExpectedCompletionTimeMinutes: Math.ceil((RESTORE_TIMINGS.startMs + RESTORE_TIMINGS.runMs) / 60_000),
    CreatedResourceArn: j.createdResourceArn,
    ResourceType: point ? resourceTypeOf(point.resourceArn) : 'S3',
    RecoveryPointCreationDate: new Date(j.recoveryPointCreatedMs),
  };
}

/** StartRestoreJob for S3 recovery points (into a new or existing bucket), DescribeRestoreJob, ListRestoreJobs. */
export function restoreOperations(deps: BackupDeps): Record<string, OperationHandler> {
  return {
    StartRestoreJob(input, ctx) {
      const state = regionOf(deps, ctx);
      if (typeof input.RecoveryPointArn !== 'string') throw missingParameter('RecoveryPointArn is required');
      const point = requirePoint(state, undefined, input.RecoveryPointArn);
      const metadata = (input.Metadata ?? {}) as Record<string, string>;
      if (typeof input.IamRoleArn !== 'string') throw missingParameter('IamRoleArn is required');
      if (metadata.NewBucket !== undefined && metadata.NewBucket !== 'true' && metadata.NewBucket !== 'false') throw invalidParameter(`Invalid value for NewBucket: ${metadata.NewBucket}`);
      if (input.ResourceType !== undefined && input.ResourceType !== 'S3') throw invalidParameter(`Resource type ${String(input.ResourceType)} does not match the recovery point's resource type S3`);
      const job = deps.runner.startRestore(state, point, input.IamRoleArn, metadata, ctx.clock.now());
      deps.runner.tick();
      return { RestoreJobId: job.id };
    },
    DescribeRestoreJob(input, ctx) {
      const state = regionOf(deps, ctx);
      return restoreView(state, requireJob(state.restoreJobs, input.RestoreJobId, 'restore job'));
    },
    ListRestoreJobs(input, ctx) {
      const state = regionOf(deps, ctx);
      const jobs = Object.values(state.restoreJobs)
        .filter((j) => input.ByStatus === undefined || j.status === input.ByStatus)
        .filter(createdWithin(input))
        .sort((a, b) => b.createdMs - a.createdMs);
      const { items, NextToken } = page(jobs.map((j) => restoreView(state, j)), input);
      return { RestoreJobs: items, NextToken };
    },
  };
}
