import type { OperationHandler } from '../../types';
import { type BackupDeps, page, regionOf, requireVault } from './deps';
import { notFound } from './errors';
import { bucketOf, resourceTypeOf } from './ids';
import type { RecoveryPointRecord, RegionState } from './model';
import { deleteAtMs } from './runner';

const size = (p: RecoveryPointRecord) => p.objects.reduce((n, o) => n + Buffer.from(o.body, 'base64').length, 0);

function pointView(state: RegionState, p: RecoveryPointRecord) {
  const vault = state.vaults[p.vaultName];
  const deleteAt = deleteAtMs(p.createdMs, p.lifecycle);
  return {
    RecoveryPointArn: p.arn,
    BackupVaultName: p.vaultName,
    BackupVaultArn: vault?.arn,
    ResourceArn: p.resourceArn,
    ResourceType: resourceTypeOf(p.resourceArn),
    ResourceName: bucketOf(p.resourceArn),
    CreatedBy: p.createdBy,
    IamRoleArn: p.iamRoleArn,
    Status: 'COMPLETED',
    CreationDate: new Date(p.createdMs),
    CompletionDate: new Date(p.completedMs),
    BackupSizeInBytes: size(p),
    Lifecycle: p.lifecycle,
    CalculatedLifecycle: deleteAt === undefined ? undefined : { DeleteAt: new Date(deleteAt) },
    EncryptionKeyArn: vault?.encryptionKeyArn,
    IsEncrypted: true,
    LastRestoreTime: p.lastRestoreMs === undefined ? undefined : new Date(p.lastRestoreMs),
    StorageClass: 'WARM',
  };
}

export function requirePoint(state: RegionState, vaultName: unknown, arn: unknown): RecoveryPointRecord {
  const point = typeof arn === 'string' ? state.recoveryPoints[arn] : undefined;
  if (!point || (vaultName !== undefined && point.vaultName !== vaultName)) throw notFound(`Recovery point ${String(arn)} does not exist in backup vault ${String(vaultName)}.`);
  return point;
}

const newestFirst = (a: RecoveryPointRecord, b: RecoveryPointRecord) => b.createdMs - a.createdMs;

/** Recovery points by vault and by resource, DescribeRecoveryPoint, GetRecoveryPointRestoreMetadata. */
export function recoveryPointOperations(deps: BackupDeps): Record<string, OperationHandler> {
  return {
    ListRecoveryPointsByBackupVault(input, ctx) {
      const state = regionOf(deps, ctx);
      const vault = requireVault(state, input.BackupVaultName);
      const points = Object.values(state.recoveryPoints)
        .filter((p) => p.vaultName === vault.name)
        .filter((p) => input.ByResourceArn === undefined || p.resourceArn === input.ByResourceArn)
        .filter((p) => input.ByBackupPlanId === undefined || p.createdBy?.BackupPlanId === input.ByBackupPlanId)
        .sort(newestFirst);
      const { items, NextToken } = page(points.map((p) => pointView(state, p)), input);
      return { RecoveryPoints: items, NextToken };
    },
    ListRecoveryPointsByResource(input, ctx) {
      const state = regionOf(deps, ctx);
      const points = Object.values(state.recoveryPoints).filter((p) => p.resourceArn === input.ResourceArn).sort(newestFirst);
      const { items, NextToken } = page(
        points.map((p) => ({ RecoveryPointArn: p.arn, CreationDate: new Date(p.createdMs), Status: 'COMPLETED', EncryptionKeyArn: state.vaults[p.vaultName]?.encryptionKeyArn, BackupSizeBytes: size(p), BackupVaultName: p.vaultName, ResourceName: bucketOf(p.resourceArn) })),
        input,
      );
      return { RecoveryPoints: items, NextToken };
    },
    DescribeRecoveryPoint(input, ctx) {
      const state = regionOf(deps, ctx);
      requireVault(state, input.BackupVaultName);
      return pointView(state, requirePoint(state, input.BackupVaultName, input.RecoveryPointArn));
    },
    GetRecoveryPointRestoreMetadata(input, ctx) {
      const state = regionOf(deps, ctx);
      const vault = requireVault(state, input.BackupVaultName);
      const point = requirePoint(state, input.BackupVaultName, input.RecoveryPointArn);
      return { BackupVaultArn: vault.arn, RecoveryPointArn: point.arn, ResourceType: 'S3', RestoreMetadata: { DestinationBucketName: bucketOf(point.resourceArn), NewBucket: 'true', Encrypted: 'false', EncryptionType: 'SSE-S3' } };
    },
  };
}
