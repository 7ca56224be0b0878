import type uPlot from 'uplot';
import type { ChartThreshold } from '../../../../shared/domain/metrics';
import { formatValue } from './chart-format';
import type { ChartTheme } from './chart-theme';
import { thresholdPlugin, yRangeWithThresholds } from './threshold-plugin';

export interface ChartOptionsInput {
  width: number;
  height: number;
  labels: readonly string[];
  unit: string;
  theme: ChartTheme;
  thresholds: () => readonly ChartThreshold[];
  /** After every change of the x scale (drag-zoom, reset, new data). */
  onXScale: (u: uPlot) => void;
}

/**
 * uPlot's options for a dashboard chart: a time axis, one line per series, a live legend under
 * the plot with the values under the cursor, drag across the plot to zoom (x only).
 */
export function chartOptions(input: ChartOptionsInput): uPlot.Options {
  const { theme, unit } = input;
  const axis = { stroke: theme.axis, grid: { stroke: theme.grid, width: 1 }, ticks: { stroke: theme.grid, width: 1 } };
  // The legend shows the values under the cursor: a dash while the cursor is elsewhere or on a gap.
  const value = (_u: uPlot, v: number | null) => (v === null ? '–' : formatValue(v, unit));
  return {
    width: input.width,
    height: input.height,
    cursor: { drag: { x: true, y: false, setScale: true } },
    legend: { show: true, live: true },
    scales: { x: { time: true }, y: { range: yRangeWithThresholds(input.thresholds) } },
    axes: [axis, { ...axis, size: 64, values: (_u, splits) => splits.map((v) => formatValue(v, unit)) }],
    series: [
      {},
      ...input.labels.map((label, index) => ({
        label,
        stroke: theme.series(index),
        width: 1.5,
        value,
      })),
    ],
    plugins: [thresholdPlugin(input.thresholds, theme)],
    hooks: { setScale: [(u, key) => key === 'x' && input.onXScale(u)] },
  };
}

/** Whether the x scale shows less than all the data (the user zoomed in). */
export function isZoomed(u: uPlot): boolean {
  const times = u.data[0];
  const first = times[0];
  const last = times[times.length - 1];
  const { min, max } = u.scales.x ?? {};
  if (first === undefined || last === undefined || min === undefined || max === undefined) return false;
  const slack = (last - first) * 1e-6;
  return min > first + slack || max < last - slack;
}

/** A new x window `factor` times as wide around the current centre, kept within the data. */
export function zoomedWindow(u: uPlot, factor: number): { min: number; max: number } | undefined {
  const times = u.data[0];
  const first = times[0];
  const last = times[times.length - 1];
  const { min, max } = u.scales.x ?? {};
  if (first === undefined || last === undefined || min === undefined || max === undefined) return undefined;
  const span = Math.min(last - first, Math.max((max - min) * factor, 60));
  const centre = (min + max) / 2;
  const from = Math.min(Math.max(first, centre - span / 2), last - span);
  return { min: from, max: from + span };
}
