import type { TargetHealthRow, TargetHealthState } from '../../../../../../shared/domain/load-balancers';

/** Trouble first: what fails, then what AWS cannot check, then what is changing, healthy last. */
const RANK: Record<TargetHealthState, number> = {
  unhealthy: 0,
  'unhealthy.draining': 1,
  unavailable: 2,
  initial: 3,
  draining: 4,
  unused: 5,
  healthy: 6,
};

export function unhealthyFirst(rows: readonly TargetHealthRow[]): TargetHealthRow[] {
  return [...rows].sort((a, b) => RANK[a.state] - RANK[b.state] || a.id.localeCompare(b.id) || (a.port ?? 0) - (b.port ?? 0));
}

/** "2 of 3 healthy". */
export function healthLine(rows: readonly TargetHealthRow[]): string {
  return `${rows.filter((row) => row.state === 'healthy').length} of ${rows.length} healthy`;
}
