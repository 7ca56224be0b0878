import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { seriesColour } from '../../jobs/detail/metrics-data';
import { useDarkMode } from '../../jobs/detail/use-dark-mode';
import type { BinChartData } from './bin-data';

const HEIGHT = 220;

/**
 * The buckets of a `stats … by bin(…)` query as bars on a uPlot canvas. A canvas says nothing to a
 * screen reader: the label names what is drawn, and the results table below holds every value.
 */
export function BinChart({ data, binName }: { data: BinChartData; binName: string }) {
  const host = useRef<HTMLDivElement>(null);
  const dark = useDarkMode();

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const axis = { stroke: dark ? '#d1d5db' : '#414d5c', grid: { stroke: dark ? '#414d5c' : '#e9ebed' } };
    const count = data.series.length;
    let plot: uPlot;
    try {
      plot = new uPlot(
        {
          width: Math.max(element.clientWidth, 320),
          height: HEIGHT,
          legend: { show: count > 1 },
          axes: [axis, axis],
          scales: { y: { range: (_self, _min, max) => [0, max > 0 ? max * 1.05 : 1] } },
          series: [
            {},
            ...data.series.map((one, index) => ({
              label: one.label,
              stroke: seriesColour(index, dark),
              // At least 2 px wide, so a week of 5-minute buckets still shows each bar.
              // Translucent, so bars of several series in one bucket stay visible behind each other.
              fill: count > 1 ? `${seriesColour(index, dark)}99` : seriesColour(index, dark),
              paths: uPlot.paths.bars?.({ size: [0.7, 64, 2] }),
              points: { show: false },
            })),
          ],
        },
        [data.times, ...data.series.map((one) => one.values)] as uPlot.AlignedData,
        element,
      );
    } catch {
      // No canvas (a test DOM, a locked-down renderer): the table still shows every value.
      return;
    }
    const observer = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(element.clientWidth, 320), height: HEIGHT }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [data, dark]);

  return (
    <div
      ref={host}
      className="insights-chart"
      role="img"
      data-testid="insights-chart"
      aria-label={`Bar chart of ${data.series.map((one) => one.label).join(', ')} by ${binName}, ${data.times.length} buckets`}
    />
  );
}
