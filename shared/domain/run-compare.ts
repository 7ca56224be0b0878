import type { Run, RunMetric, RunParameterValue } from './experiments';

/*
 * Runs side by side, as pure data: which parameters differ, which run holds the best value of each
 * metric. The compare view and the bench use the same functions.
 */

export const METRIC_STATS = ['last', 'min', 'max', 'avg', 'count'] as const;
export type MetricStat = (typeof METRIC_STATS)[number];

/** Whether a higher (`max`) or a lower (`min`) value is the better one. */
export type MetricGoal = 'max' | 'min';

// Losses and errors shrink as a model improves; every other metric (accuracy, AUC, F1) grows.
const LOWER_IS_BETTER = /loss|error|rmse|mae|mse/i;

export function inferGoal(metric: string): MetricGoal {
  return LOWER_IS_BETTER.test(metric) ? 'min' : 'max';
}

export function runMetric(run: Run, metric: string): RunMetric | undefined {
  return run.metrics.find((candidate) => candidate.name === metric);
}

export function metricValue(run: Run, metric: string, stat: MetricStat = 'last'): number | undefined {
  return runMetric(run, metric)?.[stat];
}

/** A parameter as a number when it is one: AWS keeps hyperparameters as strings ("6"). */
export function numericValue(value: RunParameterValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

const sortedNames = (names: Iterable<string>) => [...new Set(names)].sort((a, b) => a.localeCompare(b));

export function parameterNames(runs: readonly Run[]): string[] {
  return sortedNames(runs.flatMap((run) => Object.keys(run.parameters)));
}

export function metricNames(runs: readonly Run[]): string[] {
  return sortedNames(runs.flatMap((run) => run.metrics.map((metric) => metric.name)));
}

export interface ParameterRow {
  name: string;
  /** One value per run, in the runs' order; `undefined` where a run lacks the parameter. */
  values: (RunParameterValue | undefined)[];
  differs: boolean;
}

// "6" and 6 are the same setting: AWS stores one as the other depending on who recorded the run.
const sameValue = (a: RunParameterValue | undefined, b: RunParameterValue | undefined) =>
  a === undefined || b === undefined ? a === b : String(a) === String(b);

/** Every parameter any run has, by name, with whether the runs disagree on it. */
export function compareParameters(runs: readonly Run[]): ParameterRow[] {
  return parameterNames(runs).map((name) => {
    const values = runs.map((run) => run.parameters[name]);
    return { name, values, differs: values.some((value) => !sameValue(value, values[0])) };
  });
}

export interface MetricRow {
  name: string;
  goal: MetricGoal;
  /** Each run's last value, in the runs' order. */
  values: (number | undefined)[];
  /** Indexes of the runs holding the best value (several on a tie; none when no run has one). */
  best: number[];
}

/** Every metric any run has, by name, its last values and the best of them under its goal. */
export function compareMetrics(runs: readonly Run[], goals: Readonly<Record<string, MetricGoal>> = {}): MetricRow[] {
  return metricNames(runs).map((name) => {
    const goal = goals[name] ?? inferGoal(name);
    const values = runs.map((run) => metricValue(run, name));
    const present = values.filter((value): value is number => value !== undefined && !Number.isNaN(value));
    if (present.length === 0) return { name, goal, values, best: [] };
    const target = goal === 'max' ? Math.max(...present) : Math.min(...present);
    const best = values.flatMap((value, index) => (value === target ? [index] : []));
    return { name, goal, values, best };
  });
}

/** The `count` runs with the best last value of `metric`, best first; runs without it never count. */
export function bestRuns(
  runs: readonly Run[],
  metric: string,
  count: number,
  goal: MetricGoal = inferGoal(metric),
): Run[] {
  const sign = goal === 'max' ? -1 : 1;
  return runs
    .flatMap((run) => {
      const value = metricValue(run, metric);
      return value === undefined || Number.isNaN(value) ? [] : [{ run, value }];
    })
    .sort((a, b) => sign * (a.value - b.value))
    .slice(0, Math.max(0, count))
    .map((entry) => entry.run);
}
