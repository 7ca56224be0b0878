import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { JobStatus } from '../../../../shared/domain/jobs';

/** Cloudscape's status types carry an icon and text, never colour alone. */
export const STATUS_TYPE: Record<JobStatus, StatusIndicatorProps.Type> = {
  InProgress: 'in-progress',
  Completed: 'success',
  Failed: 'error',
  Stopping: 'pending',
  Stopped: 'stopped',
};

export const STATUS_LABEL: Record<JobStatus, string> = {
  InProgress: 'In progress',
  Completed: 'Completed',
  Failed: 'Failed',
  Stopping: 'Stopping',
  Stopped: 'Stopped',
};

/** `1 h 02 min`, `3 min 05 s`, `42 s`: short enough for a table cell, exact enough to compare. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  if (hours > 0) return `${hours} h ${pad(minutes)} min`;
  if (minutes > 0) return `${minutes} min ${pad(seconds)} s`;
  return `${seconds} s`;
}

/** The job's run time: to its end, or to `now` while it runs. */
export function jobDuration(job: { createdAt: string; endedAt?: string }, now: number): number {
  const start = Date.parse(job.createdAt);
  const end = job.endedAt ? Date.parse(job.endedAt) : now;
  return end - start;
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '-';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function formatMoney(amount: number | undefined, currency = 'USD'): string {
  if (amount === undefined) return '-';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: amount < 1 ? 4 : 2 }).format(amount);
}
