import type { MetricChart } from '../../../../../shared/domain/metrics';
import { TimeSeriesChart } from '../../../components/charts/TimeSeriesChart';
import { useDarkMode } from '../../jobs/detail/use-dark-mode';
import { usd } from './cost-format';

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** A daily cost chart on the shared chart, with every day's figures in a table for screen readers. */
export function CostChart({ chart, testId }: { chart: MetricChart; testId: string }) {
  const dark = useDarkMode();
  return (
    <div className="cost-chart">
      <TimeSeriesChart chart={chart} dark={dark} testId={testId} />
      {chart.series.length > 0 && (
        <table className="sr-only" data-testid={`${testId}-data`}>
          <caption>{chart.title}, per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {chart.series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.timestamps.map((t, i) => (
              <tr key={t}>
                <th scope="row">{day(t)}</th>
                {chart.series.map((s) => (
                  <td key={s.label}>{s.values[i] === null || s.values[i] === undefined ? '—' : usd(s.values[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
