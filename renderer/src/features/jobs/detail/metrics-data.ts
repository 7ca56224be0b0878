import type { MetricSeries } from '../../../../../shared/domain/jobs';

/** uPlot wants one x axis for every series: the union of times (seconds), gaps as null. */
export function alignSeries(series: readonly MetricSeries[]): [number[], ...(number | null)[][]] {
  const times = [...new Set(series.flatMap((one) => one.points.map((point) => Date.parse(point.time) / 1000)))].sort((a, b) => a - b);
  const columns = series.map((one) => {
    const byTime = new Map(one.points.map((point) => [Date.parse(point.time) / 1000, point.value]));
    return times.map((time) => byTime.get(time) ?? null);
  });
  return [times, ...columns];
}

// Eight colours distinguishable on light and dark backgrounds (Cloudscape's categorical palette).
const LIGHT = ['#688ae8', '#c33d69', '#2ea597', '#8456ce', '#e07941', '#3759ce', '#962249', '#096f64'];
const DARK = ['#7c9cf0', '#e36b92', '#41c8b6', '#a67ee8', '#f08c5a', '#5f7ee8', '#d45a84', '#2bb3a0'];

export function seriesColour(index: number, dark: boolean): string {
  const palette = dark ? DARK : LIGHT;
  return palette[index % palette.length] ?? '#688ae8';
}
