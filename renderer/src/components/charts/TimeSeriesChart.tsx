import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import type { MetricChart } from '../../../../shared/domain/metrics';
import { chartOptions, isZoomed, zoomedWindow } from './chart-options';
import { chartTheme } from './chart-theme';
import { ChartSummary, chartLabel } from './ChartSummary';
import { ThresholdLegend } from './ThresholdLegend';

export interface TimeSeriesChartProps {
  chart: MetricChart;
  /** The app's theme (useDarkMode): a canvas draws its own colours. */
  dark: boolean;
  height?: number;
  testId?: string;
}

const MIN_WIDTH = 280;

/**
 * A CloudWatch metric over time on a uPlot canvas (dense series stay fast: 2 weeks at 1 minute is
 * 20,160 points a line): alarm thresholds as labelled lines, values under the cursor in the
 * legend, drag to zoom (buttons too, for the keyboard), a summary table for screen readers. New
 * data keeps the user's zoom; a theme or series change builds the canvas again.
 */
export function TimeSeriesChart({ chart, dark, height = 200, testId }: TimeSeriesChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const [zoomed, setZoomed] = useState(false);
  const data = useMemo(() => [chart.timestamps, ...chart.series.map((s) => s.values)] as uPlot.AlignedData, [chart.timestamps, chart.series]);
  const hasData = useMemo(() => chart.series.some((s) => s.values.some((v) => v !== null)), [chart.series]);
  const theme = useMemo(() => chartTheme(dark), [dark]);
  const labels = chart.series.map((s) => s.label).join('\u0000');
  // Read by the canvas at draw time; kept current without rebuilding it.
  const latest = useRef({ data, thresholds: chart.thresholds });
  useLayoutEffect(() => {
    latest.current = { data, thresholds: chart.thresholds };
  });

  useEffect(() => {
    const element = host.current;
    if (!element || !hasData) return;
    const width = () => Math.max(element.clientWidth, MIN_WIDTH);
    const options = chartOptions({
      width: width(),
      height,
      labels: labels.split('\u0000'),
      unit: chart.unit,
      theme,
      thresholds: () => latest.current.thresholds,
      onXScale: (u) => setZoomed(isZoomed(u)),
    });
    try {
      plot.current = new uPlot(options, latest.current.data, element);
    } catch {
      // No canvas (a test DOM, a locked-down renderer): the summary and thresholds still say it all.
      return;
    }
    const observer = new ResizeObserver(() => {
      // Observing reports the first size at once: only a real change is worth a redraw.
      if (plot.current && plot.current.width !== width()) plot.current.setSize({ width: width(), height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.current?.destroy();
      plot.current = null;
      setZoomed(false);
    };
  }, [hasData, height, labels, chart.unit, theme]);

  // What the canvas last drew, so a new chart is not drawn twice on mount.
  const drawnThresholds = useRef(chart.thresholds);
  useEffect(() => {
    const u = plot.current;
    if (!u) return;
    // A refresh keeps the zoom the user chose; without one, the new range is shown whole.
    if (u.data !== data) u.setData(data, !isZoomed(u));
    else if (drawnThresholds.current !== chart.thresholds) u.redraw(false, true);
    drawnThresholds.current = chart.thresholds;
  }, [data, chart.thresholds]);

  const zoomBy = (factor: number) => {
    const u = plot.current;
    const window = u && zoomedWindow(u, factor);
    if (u && window) u.setScale('x', window);
  };
  const reset = () => {
    const times = plot.current?.data[0];
    if (times?.length) plot.current?.setScale('x', { min: times[0]!, max: times[times.length - 1]! });
  };

  return (
    <section className="ts-chart" data-testid={testId} data-state={hasData ? 'ready' : 'empty'} data-points={chart.timestamps.length} aria-label={chart.title}>
      <div className="ts-chart-header">
        <h3>{chart.title}</h3>
        {chart.unit && chart.unit !== 'count' && <span className="ts-chart-unit">({chart.unit})</span>}
        {hasData && (
          <div className="ts-chart-tools" role="group" aria-label={`Zoom ${chart.title}`}>
            <button type="button" onClick={() => zoomBy(0.5)} aria-label={`Zoom in on ${chart.title}`}>
              +
            </button>
            <button type="button" onClick={() => zoomBy(2)} disabled={!zoomed} aria-label={`Zoom out of ${chart.title}`}>
              −
            </button>
            <button type="button" onClick={reset} disabled={!zoomed} data-testid={testId ? `${testId}-reset` : undefined}>
              Reset zoom
            </button>
          </div>
        )}
      </div>
      {hasData ? (
        <div ref={host} className="ts-chart-canvas" role="img" aria-label={chartLabel(chart)} />
      ) : (
        <div className="ts-chart-empty" role="note" data-testid={testId ? `${testId}-note` : undefined}>
          {chart.note ?? 'No data in this range.'}
        </div>
      )}
      <ThresholdLegend chart={chart} theme={theme} />
      {hasData && <ChartSummary chart={chart} />}
    </section>
  );
}
