import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { Run } from '../../../../../shared/domain/experiments';

/** AWS's TrialComponentPrimaryStatus as Cloudscape's icon + text (never colour alone). */
export const RUN_STATUS_TYPE: Record<string, StatusIndicatorProps.Type> = {
  InProgress: 'in-progress',
  Completed: 'success',
  Failed: 'error',
  Stopping: 'pending',
  Stopped: 'stopped',
};

export const RUN_STATUS_LABEL: Record<string, string> = { InProgress: 'In progress', Stopping: 'Stopping' };

/** Milliseconds from start to end, to `now` while the run goes on; undefined before it started. */
export function runDuration(run: Pick<Run, 'startedAt' | 'endedAt' | 'status'>, now: number): number | undefined {
  if (!run.startedAt) return undefined;
  const end = run.endedAt ? Date.parse(run.endedAt) : run.status === 'InProgress' ? now : undefined;
  return end === undefined ? undefined : end - Date.parse(run.startedAt);
}

/** Metric and parameter values without float noise (0.8099999 → 0.81). */
export const formatNumber = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '—' : String(Number(value.toPrecision(6)));

export const formatParameter = (value: string | number | undefined) =>
  value === undefined ? '—' : typeof value === 'number' ? formatNumber(value) : value;
