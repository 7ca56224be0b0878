import type { Run } from '../../../../../shared/domain/experiments';
import { metricValue, numericValue } from '../../../../../shared/domain/run-compare';
import { formatParameter } from '../runs/run-format';

export interface ScatterPoint {
  run: string;
  /** Where on the x axis: the number, or the category's index when the parameter is text. */
  x: number;
  xLabel: string;
  y: number;
}

export interface ScatterData {
  points: ScatterPoint[];
  /** Text parameters become evenly spaced categories, in first-seen order. */
  categories?: string[];
  /** Runs lacking the parameter or the metric: listed, not plotted. */
  missing: string[];
}

/** One point per run: a parameter across, a metric's last value up. */
export function scatterPoints(runs: readonly Run[], parameter: string, metric: string): ScatterData {
  const numeric = runs.every(
    (run) => run.parameters[parameter] === undefined || numericValue(run.parameters[parameter]) !== undefined,
  );
  const categories: string[] = [];
  const points: ScatterPoint[] = [];
  const missing: string[] = [];
  for (const run of runs) {
    const raw = run.parameters[parameter];
    const y = metricValue(run, metric);
    if (raw === undefined || y === undefined || Number.isNaN(y)) {
      missing.push(run.displayName || run.name);
      continue;
    }
    const xLabel = formatParameter(raw);
    let x = numeric ? numericValue(raw)! : categories.indexOf(xLabel);
    if (!numeric && x === -1) x = categories.push(xLabel) - 1;
    points.push({ run: run.displayName || run.name, x, xLabel, y });
  }
  return { points, ...(numeric ? {} : { categories }), missing };
}

/** A linear scale from [min, max] to [from, to], a flat range centred. */
export function scale(values: readonly number[], from: number, to: number): (value: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (!(max > min)) return () => (from + to) / 2;
  return (value) => from + ((value - min) / (max - min)) * (to - from);
}
