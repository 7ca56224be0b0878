import 'uplot/dist/uPlot.min.css';
import '../../../components/charts/charts.css';
import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import { formatValue } from '../../../components/charts/chart-format';
import { ChartSummary } from '../../../components/charts/ChartSummary';
import type { MetricChart } from '../../../../../shared/domain/metrics';
import { chartTheme } from '../../../components/charts/chart-theme';
import { alignBySeconds, type StepLine } from './align-steps';

const MIN_WIDTH = 280;
const HEIGHT = 220;

const pad = (value: number) => String(Math.floor(value)).padStart(2, '0');
/** Elapsed time as a clock reads it (`2:30`, `1:02:30`): ticks a few seconds apart stay distinct. */
const elapsed = (seconds: number) =>
  seconds >= 3600
    ? `${Math.floor(seconds / 3600)}:${pad((seconds % 3600) / 60)}:${pad(seconds % 60)}`
    : `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;

/**
 * One metric of several runs overlaid against the time since each run started (so runs started
 * days apart line up), themed like the dashboards' TimeSeriesChart. The legend names each run by
 * its colour; a table says the values to screen readers, the canvas says nothing.
 */
export function StepSeriesChart({
  title,
  lines,
  dark,
  testId,
}: {
  title: string;
  lines: readonly StepLine[];
  dark: boolean;
  testId?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const theme = useMemo(() => chartTheme(dark), [dark]);
  const data = useMemo(() => alignBySeconds(lines), [lines]);
  // The dashboards' screen-reader table says each run's last, lowest and highest value.
  const summary = useMemo<MetricChart>(
    () => ({
      id: title,
      title,
      unit: '',
      timestamps: data[0],
      series: lines.map((line, index) => ({ label: line.label, values: data[index + 1] ?? [] })),
      thresholds: [],
    }),
    [title, lines, data],
  );

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const axis = {
      stroke: theme.axis,
      grid: { stroke: theme.grid, width: 1 },
      ticks: { stroke: theme.grid, width: 1 },
    };
    let plot: uPlot;
    try {
      plot = new uPlot(
        {
          width: Math.max(element.clientWidth, MIN_WIDTH),
          height: HEIGHT,
          legend: { show: false },
          scales: { x: { time: false } },
          axes: [
            { ...axis, values: (_u, splits) => splits.map(elapsed) },
            { ...axis, size: 56, values: (_u, splits) => splits.map((v) => formatValue(v, '')) },
          ],
          series: [
            {},
            ...lines.map((line, index) => ({
              label: line.label,
              stroke: theme.series(index),
              width: 1.5,
              spanGaps: true,
            })),
          ],
        },
        data as uPlot.AlignedData,
        element,
      );
    } catch {
      // No canvas (a test DOM, a locked-down renderer): the legend and the table still say it all.
      return;
    }
    const observer = new ResizeObserver(() => {
      const width = Math.max(element.clientWidth, MIN_WIDTH);
      if (plot.width !== width) plot.setSize({ width, height: HEIGHT });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [data, lines, theme]);

  return (
    <section className="ts-chart" data-testid={testId} aria-label={title}>
      <div className="ts-chart-header">
        <h3>{title}</h3>
        <span className="ts-chart-unit">by time since the run started (min:s)</span>
      </div>
      <div
        ref={host}
        className="ts-chart-canvas"
        role="img"
        aria-label={`${title} of ${lines.length} runs over their training time`}
      />
      <ul className="ts-chart-thresholds" aria-label={`Runs in ${title}`}>
        {lines.map((line, index) => (
          <li key={line.label}>
            <span className="metrics-swatch" style={{ background: theme.series(index) }} aria-hidden="true" />
            {line.label}
          </li>
        ))}
      </ul>
      <ChartSummary chart={summary} />
    </section>
  );
}
