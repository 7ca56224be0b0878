import type { Where } from '../../types';

export interface Lifecycle {
  DeleteAfterDays?: number;
  MoveToColdStorageAfterDays?: number;
}

export interface RuleRecord {
  RuleName: string;
  RuleId: string;
  TargetBackupVaultName: string;
  ScheduleExpression?: string;
  ScheduleExpressionTimezone?: string;
  StartWindowMinutes: number;
  CompletionWindowMinutes: number;
  Lifecycle?: Lifecycle;
  RecoveryPointTags?: Record<string, string>;
  EnableContinuousBackup?: boolean;
}

export interface PlanRecord {
  id: string;
  arn: string;
  name: string;
  versionId: string;
  createdMs: number;
  deletedMs?: number;
  creatorRequestId?: string;
  rules: RuleRecord[];
  lastExecutionMs?: number;
}

export interface SelectionRecord {
  id: string;
  planId: string;
  name: string;
  iamRoleArn: string;
  resources: string[];
  notResources: string[];
  listOfTags: { ConditionType: string; ConditionKey: string; ConditionValue: string }[];
  createdMs: number;
  creatorRequestId?: string;
}

export interface VaultRecord {
  name: string;
  arn: string;
  createdMs: number;
  creatorRequestId?: string;
  encryptionKeyArn: string;
}

export interface CreatedBy {
  BackupPlanId: string;
  BackupPlanArn: string;
  BackupPlanVersion: string;
  BackupRuleId: string;
}

export type BackupJobState = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'EXPIRED' | 'ABORTED';

export interface BackupJobRecord {
  id: string;
  vaultName: string;
  resourceArn: string;
  iamRoleArn: string;
  recoveryPointArn: string;
  createdMs: number;
  startByMs: number;
  state: BackupJobState;
  /** When the job next changes state (sandbox clock). */
  dueMs?: number;
  completedMs?: number;
  statusMessage?: string;
  bytes?: number;
  lifecycle?: Lifecycle;
  recoveryPointTags?: Record<string, string>;
  createdBy?: CreatedBy;
}

/** An S3 object as the recovery point keeps it (bytes base64, so the snapshot stays JSON). */
export interface SavedObject {
  key: string;
  body: string;
  etag: string;
  contentType: string;
}

export interface RecoveryPointRecord {
  arn: string;
  vaultName: string;
  resourceArn: string;
  iamRoleArn: string;
  createdMs: number;
  completedMs: number;
  objects: SavedObject[];
  lifecycle?: Lifecycle;
  createdBy?: CreatedBy;
  lastRestoreMs?: number;
}

export type RestoreJobStatus = 'PENDING' | 'RUNNING' | 'COMPLETED' | 'ABORTED' | 'FAILED';

export interface RestoreJobRecord {
  id: string;
  recoveryPointArn: string;
  iamRoleArn: string;
  metadata: Record<string, string>;
  createdMs: number;
  status: RestoreJobStatus;
  dueMs?: number;
  completedMs?: number;
  statusMessage?: string;
  createdResourceArn?: string;
  bytes: number;
  recoveryPointCreatedMs: number;
}

export interface RegionState {
  where: Where;
  vaults: Record<string, VaultRecord>;
  plans: Record<string, PlanRecord>;
  selections: Record<string, SelectionRecord>;
  backupJobs: Record<string, BackupJobRecord>;
  recoveryPoints: Record<string, RecoveryPointRecord>;
  restoreJobs: Record<string, RestoreJobRecord>;
  /** Tags by resource ARN (vaults, plans, recovery points). */
  tags: Record<string, Record<string, string>>;
  /** Scheduled rules have run for every cron minute up to here. */
  scheduledThroughMs: number;
}

/** AWS Backup's state per (account, region), plain JSON so it is the `--data-dir` snapshot as is. */
export class BackupStore {
  private regions: Record<string, RegionState> = {};

  region(where: Where, nowMs = 0): RegionState {
    const id = `${where.accountId}|${where.region}`;
    return (this.regions[id] ??= {
      where: { accountId: where.accountId, region: where.region },
      vaults: {},
      plans: {},
      selections: {},
      backupJobs: {},
      recoveryPoints: {},
      restoreJobs: {},
      tags: {},
      scheduledThroughMs: nowMs,
    });
  }

  all(): RegionState[] {
    return Object.values(this.regions);
  }

  snapshot(): unknown {
    return { regions: this.regions };
  }

  restore(state: unknown): void {
    this.regions = (state as { regions?: Record<string, RegionState> } | undefined)?.regions ?? {};
  }

  reset(): void {
    this.regions = {};
  }
}
