import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { HealthCounts, TargetHealthState } from '../../../../../shared/domain/load-balancers';

/** Cloudscape's status types carry an icon and words, never colour alone. */
export const LB_STATE_TYPE: Record<string, StatusIndicatorProps.Type> = {
  provisioning: 'in-progress',
  active: 'success',
  active_impaired: 'warning',
  failed: 'error',
};

export const LB_STATE_LABEL: Record<string, string> = {
  provisioning: 'Provisioning',
  active: 'Active',
  active_impaired: 'Active, impaired',
  failed: 'Failed',
};

export const LB_TYPE_LABEL: Record<string, string> = { application: 'Application', network: 'Network', gateway: 'Gateway' };
export const SCHEME_LABEL: Record<string, string> = { internal: 'Internal', 'internet-facing': 'Internet-facing' };

/** AWS's words for a state it may add later are shown as they are. */
export const labelOf = (labels: Record<string, string>, value: string) => labels[value] ?? value;

export const TARGET_STATE_TYPE: Record<TargetHealthState, StatusIndicatorProps.Type> = {
  healthy: 'success',
  unhealthy: 'error',
  'unhealthy.draining': 'error',
  initial: 'in-progress',
  draining: 'pending',
  unused: 'stopped',
  unavailable: 'warning',
};

export const TARGET_STATE_LABEL: Record<TargetHealthState, string> = {
  healthy: 'Healthy',
  unhealthy: 'Unhealthy',
  'unhealthy.draining': 'Unhealthy, draining',
  initial: 'Initial',
  draining: 'Draining',
  unused: 'Unused',
  unavailable: 'Unavailable',
};

/** "2 healthy, 1 unhealthy, 1 other": every count in words; zero unhealthy is left out. */
export function healthWords(health: HealthCounts): string {
  const parts = [`${health.healthy} healthy`];
  if (health.unhealthy > 0) parts.push(`${health.unhealthy} unhealthy`);
  if (health.other > 0) parts.push(`${health.other} other`);
  return parts.join(', ');
}

/** The colour that repeats the words: trouble as soon as one target fails. */
export function healthType(health: HealthCounts): StatusIndicatorProps.Type {
  if (health.unhealthy > 0) return health.healthy > 0 ? 'warning' : 'error';
  if (health.healthy === 0) return health.other > 0 ? 'pending' : 'stopped';
  return 'success';
}
