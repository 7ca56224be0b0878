import type { ApprovalStatus } from '../../../../shared/domain/registry';

export const STATUS_LABELS: Record<ApprovalStatus | 'Registered', string> = {
  PendingManualApproval: 'Pending approval',
  Approved: 'Approved',
  Rejected: 'Rejected',
  Registered: 'Registered',
};

export const STATUS_INDICATOR: Record<ApprovalStatus, 'pending' | 'success' | 'error'> = {
  PendingManualApproval: 'pending',
  Approved: 'success',
  Rejected: 'error',
};

export const formatTime = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/** Metric values as registered, without float noise (0.8099999 → 0.81). */
export const formatMetric = (value: number | undefined) => (value === undefined ? '—' : String(Number(value.toPrecision(6))));
