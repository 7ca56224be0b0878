import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type {
  EndpointStatus,
  HistoryOutcome,
  HistoryVariant,
  ModelVersionRef,
} from '../../../../shared/domain/endpoints';

/** Cloudscape's status types carry an icon and words, never colour alone. */
export const ENDPOINT_STATUS_TYPE: Record<EndpointStatus, StatusIndicatorProps.Type> = {
  OutOfService: 'stopped',
  Creating: 'in-progress',
  Updating: 'in-progress',
  SystemUpdating: 'in-progress',
  RollingBack: 'warning',
  InService: 'success',
  Deleting: 'pending',
  Failed: 'error',
  UpdateRollbackFailed: 'error',
};

export const ENDPOINT_STATUS_LABEL: Record<EndpointStatus, string> = {
  OutOfService: 'Out of service',
  Creating: 'Creating',
  Updating: 'Updating',
  SystemUpdating: 'System updating',
  RollingBack: 'Rolling back',
  InService: 'In service',
  Deleting: 'Deleting',
  Failed: 'Failed',
  UpdateRollbackFailed: 'Update rollback failed',
};

export const OUTCOME_LABEL: Record<HistoryOutcome, string> = {
  serving: 'Serving now',
  inProgress: 'Deploying',
  replaced: 'Replaced by a later deployment',
  rolledBack: 'Rolled back by AWS',
  rolledBackFrom: 'Rolled back from',
  failed: 'Failed',
  unknown: 'Not known (created outside SageDeck)',
};

export const OUTCOME_TYPE: Record<HistoryOutcome, StatusIndicatorProps.Type> = {
  serving: 'success',
  inProgress: 'in-progress',
  replaced: 'stopped',
  rolledBack: 'warning',
  rolledBackFrom: 'info',
  failed: 'error',
  unknown: 'info',
};

/** "churn-prediction v3", or the model's name when the variant was not deployed from a package. */
export function versionLabel(version: ModelVersionRef | undefined, modelName?: string): string {
  if (version?.group && version.version !== undefined) return `${version.group} v${version.version}`;
  if (version) return version.packageArn.split('/').slice(-2).join(' ');
  return modelName ?? 'unknown model';
}

/** One variant in words: "AllTraffic: churn-prediction v3 on ml.m5.large × 2, weight 1". */
export function variantLine(variant: HistoryVariant): string {
  const instances = variant.instanceType ? ` on ${variant.instanceType} × ${variant.instanceCount ?? '?'}` : '';
  const weight = variant.weight !== undefined ? `, weight ${variant.weight}` : '';
  return `${variant.variantName}: ${versionLabel(variant.modelVersion, variant.modelName)}${instances}${weight}`;
}

/** The short caller name of an ARN (`…:assumed-role/Admin/alice` → `Admin/alice`); the full ARN goes in a title. */
export function callerName(arn: string | undefined): string {
  if (!arn) return 'unknown';
  const resource = arn.split(':').slice(5).join(':');
  const parts = resource.split('/');
  return parts.length > 1 ? parts.slice(1).join('/') : resource || arn;
}

export { formatMoney, formatTime } from '../jobs/job-format';
