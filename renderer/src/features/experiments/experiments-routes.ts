import { MAX_COMPARED_RUNS } from '../../../../shared/contract/experiments';
import { hrefFor, type Route } from '../../app/hash-route';

/**
 * The experiments area's addresses, each surviving a reload: `#/experiments` (the list),
 * `#/experiments/<name>?filter=&sort=&desc=1` (its runs, filtered and sorted),
 * `#/experiments/<name>/compare?runs=a,b,c` (2 to 50 runs side by side).
 */
export interface RunTableState {
  /** The filter expression as typed, kept even when it does not parse. */
  filter: string;
  /** A column id of the runs table (`metric:<name>`, `param:<name>`, `started`…). */
  sort?: string;
  descending: boolean;
}

export type ExperimentsView =
  | { view: 'list' }
  | { view: 'runs'; experiment: string; table: RunTableState }
  | { view: 'compare'; experiment: string; runs: string[] }
  | { view: 'unknown' };

export function experimentsView(route: Pick<Route, 'path' | 'params'>): ExperimentsView {
  const [experiment, second, ...rest] = route.path;
  if (experiment === undefined) return { view: 'list' };
  if (rest.length > 0) return { view: 'unknown' };
  if (second === undefined) {
    const sort = route.params.get('sort') || undefined;
    return {
      view: 'runs',
      experiment,
      table: {
        filter: route.params.get('filter') ?? '',
        ...(sort ? { sort } : {}),
        descending: route.params.get('desc') === '1',
      },
    };
  }
  if (second === 'compare') {
    const runs = [...new Set((route.params.get('runs') ?? '').split(',').filter(Boolean))].slice(0, MAX_COMPARED_RUNS);
    return { view: 'compare', experiment, runs };
  }
  return { view: 'unknown' };
}

export const experimentsHref = () => hrefFor('experiments');

export function runsHref(experiment: string, table?: Partial<RunTableState>): string {
  const params: Record<string, string> = {};
  if (table?.filter) params.filter = table.filter;
  if (table?.sort) params.sort = table.sort;
  if (table?.sort && table.descending) params.desc = '1';
  return hrefFor('experiments', [experiment], params);
}

export const compareRunsHref = (experiment: string, runs: readonly string[]) =>
  hrefFor('experiments', [experiment, 'compare'], { runs: runs.join(',') });
