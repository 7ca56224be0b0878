import 'uplot/dist/uPlot.min.css';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import type { MetricSeries } from '../../../../../shared/domain/jobs';
import { formatTime } from '../job-format';
import { PlainTable } from './PlainTable';
import { alignSeries, seriesColour } from './metrics-data';
import { useDarkMode } from './use-dark-mode';

/**
 * Training metrics over time on a uPlot canvas (dense series stay fast). A canvas says nothing to a
 * screen reader and uPlot's legend is mouse-only, so the legend here is a row of toggle buttons and
 * every value is also in a table below.
 */
export function MetricsChart({ series }: { series: MetricSeries[] }) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const dark = useDarkMode();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const data = useMemo(() => alignSeries(series), [series]);

  useEffect(() => {
    const element = host.current;
    if (!element || series.length === 0) return;
    const axis = { stroke: dark ? '#d1d5db' : '#414d5c', grid: { stroke: dark ? '#414d5c' : '#e9ebed' } };
    try {
      plot.current = new uPlot(
        {
          width: Math.max(element.clientWidth, 320),
          height: 240,
          legend: { show: false },
          axes: [axis, axis],
          series: [
            {},
            ...series.map((one, index) => ({
              label: one.metric,
              stroke: seriesColour(index, dark),
              width: 2,
              spanGaps: true,
            })),
          ],
        },
        data as uPlot.AlignedData,
        element,
      );
    } catch {
      // No canvas (a test DOM, a locked-down renderer): the table below still shows every value.
      return;
    }
    const observer = new ResizeObserver(() =>
      plot.current?.setSize({ width: Math.max(element.clientWidth, 320), height: 240 }),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [series, data, dark]);

  // Re-applied after a rebuild (theme change) so toggled series stay hidden.
  useEffect(() => {
    series.forEach((one, index) => plot.current?.setSeries(index + 1, { show: !hidden.has(one.metric) }));
  }, [hidden, series, dark]);

  if (series.length === 0) {
    return (
      <Box color="text-body-secondary">No metrics reported yet (CloudWatch namespace /aws/sagemaker/TrainingJobs).</Box>
    );
  }
  const toggle = (metric: string) =>
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(metric)) next.add(metric);
      return next;
    });

  return (
    <div data-testid="job-metrics">
      <div
        ref={host}
        className="metrics-chart"
        role="img"
        aria-label={`Chart of ${series.map((one) => one.metric).join(', ')} over time`}
      />
      <div className="metrics-legend" role="group" aria-label="Show or hide metrics">
        {series.map((one, index) => (
          <button
            key={one.metric}
            type="button"
            aria-pressed={!hidden.has(one.metric)}
            onClick={() => toggle(one.metric)}
          >
            <span className="metrics-swatch" style={{ background: seriesColour(index, dark) }} aria-hidden="true" />
            {one.metric}
          </button>
        ))}
      </div>
      <ExpandableSection headerText="Metric values as a table">
        <PlainTable
          caption="Metric values by time"
          columns={['Time', ...series.map((one) => one.metric)]}
          testId="job-metrics-table"
        >
          {data[0].map((time, row) => (
            <tr key={time}>
              <th scope="row">{formatTime(new Date(time * 1000).toISOString())}</th>
              {series.map((one, column) => (
                <td key={one.metric}>{data[column + 1]?.[row] ?? '-'}</td>
              ))}
            </tr>
          ))}
        </PlainTable>
      </ExpandableSection>
    </div>
  );
}
