import type { Run } from '../../../../../shared/domain/experiments';
import { metricValue, numericValue } from '../../../../../shared/domain/run-compare';
import { runDuration } from './run-format';

type SortKey = number | string | undefined;

/** What a column sorts on; ids as the runs table names its columns (`metric:<name>`, `param:<name>`). */
export function sortKey(run: Run, column: string, now: number): SortKey {
  if (column.startsWith('metric:')) return metricValue(run, column.slice('metric:'.length));
  if (column.startsWith('param:')) {
    const value = run.parameters[column.slice('param:'.length)];
    return numericValue(value) ?? value;
  }
  switch (column) {
    case 'name':
      return run.displayName || run.name;
    case 'trial':
      return run.trials.join(', ');
    case 'status':
      return run.status;
    case 'source':
      return run.source?.name;
    case 'started':
      return run.startedAt ? Date.parse(run.startedAt) : undefined;
    case 'duration':
      return runDuration(run, now);
    default:
      return undefined;
  }
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // Numbers before text when a column mixes them ("6" and "auto").
  if (typeof a === 'number' && typeof b === 'string') return -1;
  if (typeof a === 'string' && typeof b === 'number') return 1;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** Runs sorted by a column; runs without a value go last in either direction. */
export function sortRuns(runs: readonly Run[], column: string | undefined, descending: boolean, now: number): Run[] {
  if (!column) return [...runs];
  const keyed = runs.map((run) => ({ run, key: sortKey(run, column, now) }));
  const present = keyed.filter((entry) => entry.key !== undefined);
  const missing = keyed.filter((entry) => entry.key === undefined);
  present.sort((x, y) => (descending ? -1 : 1) * compareKeys(x.key, y.key));
  return [...present, ...missing].map((entry) => entry.run);
}
