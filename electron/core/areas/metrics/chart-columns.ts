import { RETENTION_DAYS, type MetricWindow } from './metric-window';

/** One series on the chart's axis: the value of each period, scaled, `null` where CloudWatch has none. */
export function columnOf(timestamps: number[], values: Map<number, number> | undefined, scale: number): (number | null)[] {
  return timestamps.map((t) => {
    const value = values?.get(t);
    return value === undefined ? null : value * scale;
  });
}

/** Why a chart has no datapoints at all, in words that say what to try. */
export function emptyChartNote(window: MetricWindow, what: string): string {
  if (window.beyondRetention) return `CloudWatch keeps metrics for ${RETENTION_DAYS} days (15 months): this range is older. Choose a later range.`;
  return `No ${what} in this range: nothing was published then (no traffic, or a metric this endpoint does not publish).`;
}
