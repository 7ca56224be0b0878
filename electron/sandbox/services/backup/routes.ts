import type { RestRoute } from '../../types';

const LIST_PAGE = { NextToken: 'nextToken', MaxResults: 'maxResults' };

/** AWS Backup's HTTP bindings (the SDK v3 model). */
const ROUTES: RestRoute[] = [
  { operation: 'CreateBackupVault', method: 'PUT', path: '/backup-vaults/{BackupVaultName}' },
  { operation: 'DescribeBackupVault', method: 'GET', path: '/backup-vaults/{BackupVaultName}', query: { BackupVaultAccountId: 'backupVaultAccountId' } },
  { operation: 'ListBackupVaults', method: 'GET', path: '/backup-vaults', query: { ...LIST_PAGE, ByVaultType: 'vaultType', ByShared: 'shared' } },
  { operation: 'DeleteBackupVault', method: 'DELETE', path: '/backup-vaults/{BackupVaultName}' },
  { operation: 'CreateBackupPlan', method: 'PUT', path: '/backup/plans' },
  { operation: 'GetBackupPlan', method: 'GET', path: '/backup/plans/{BackupPlanId}', query: { VersionId: 'versionId' } },
  { operation: 'ListBackupPlans', method: 'GET', path: '/backup/plans', query: { ...LIST_PAGE, IncludeDeleted: 'includeDeleted' } },
  { operation: 'UpdateBackupPlan', method: 'POST', path: '/backup/plans/{BackupPlanId}' },
  { operation: 'DeleteBackupPlan', method: 'DELETE', path: '/backup/plans/{BackupPlanId}' },
  { operation: 'CreateBackupSelection', method: 'PUT', path: '/backup/plans/{BackupPlanId}/selections' },
  { operation: 'GetBackupSelection', method: 'GET', path: '/backup/plans/{BackupPlanId}/selections/{SelectionId}' },
  { operation: 'ListBackupSelections', method: 'GET', path: '/backup/plans/{BackupPlanId}/selections', query: LIST_PAGE },
  { operation: 'DeleteBackupSelection', method: 'DELETE', path: '/backup/plans/{BackupPlanId}/selections/{SelectionId}' },
  { operation: 'StartBackupJob', method: 'PUT', path: '/backup-jobs' },
  { operation: 'DescribeBackupJob', method: 'GET', path: '/backup-jobs/{BackupJobId}' },
  {
    operation: 'ListBackupJobs',
    method: 'GET',
    path: '/backup-jobs',
    query: { ...LIST_PAGE, ByResourceArn: 'resourceArn', ByState: 'state', ByBackupVaultName: 'backupVaultName', ByCreatedBefore: 'createdBefore', ByCreatedAfter: 'createdAfter', ByResourceType: 'resourceType', ByAccountId: 'accountId' },
  },
  {
    operation: 'ListRecoveryPointsByBackupVault',
    method: 'GET',
    path: '/backup-vaults/{BackupVaultName}/recovery-points',
    query: { ...LIST_PAGE, ByResourceArn: 'resourceArn', ByResourceType: 'resourceType', ByBackupPlanId: 'backupPlanId', ByCreatedBefore: 'createdBefore', ByCreatedAfter: 'createdAfter' },
  },
  { operation: 'ListRecoveryPointsByResource', method: 'GET', path: '/resources/{ResourceArn}/recovery-points', query: LIST_PAGE },
  { operation: 'DescribeRecoveryPoint', method: 'GET', path: '/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}' },
  { operation: 'GetRecoveryPointRestoreMetadata', method: 'GET', path: '/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/restore-metadata' },
  { operation: 'StartRestoreJob', method: 'PUT', path: '/restore-jobs' },
  { operation: 'DescribeRestoreJob', method: 'GET', path: '/restore-jobs/{RestoreJobId}' },
  { operation: 'ListRestoreJobs', method: 'GET', path: '/restore-jobs', query: { ...LIST_PAGE, ByStatus: 'status', ByCreatedBefore: 'createdBefore', ByCreatedAfter: 'createdAfter', ByResourceType: 'resourceType', ByAccountId: 'accountId' } },
  { operation: 'TagResource', method: 'POST', path: '/tags/{ResourceArn}' },
  { operation: 'ListTags', method: 'GET', path: '/tags/{ResourceArn}', query: LIST_PAGE },
  { operation: 'UntagResource', method: 'POST', path: '/untag/{ResourceArn}' },
];

/** The AWS CLI's older model writes most of these paths with a trailing slash; both forms are served. */
export const BACKUP_ROUTES: RestRoute[] = ROUTES.flatMap((r) => [r, { ...r, path: `${r.path}/` }]);
