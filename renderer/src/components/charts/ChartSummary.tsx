import type { MetricChart } from '../../../../shared/domain/metrics';
import { formatValue, seriesFacts } from './chart-format';

/** In words, what the canvas shows: the chart's accessible name. */
export function chartLabel(chart: MetricChart): string {
  const lines = chart.series.map((s) => `${s.label} ${formatValue(seriesFacts(s.label, s.values).last, chart.unit)}`);
  const limits = chart.thresholds.map((t) => `threshold ${t.alarmName} at ${formatValue(t.value, chart.unit)}`);
  return `${chart.title}, latest: ${[...lines, ...limits].join('; ')}`;
}

/** Every series' latest, lowest and highest value, for screen readers (the canvas says nothing). */
export function ChartSummary({ chart }: { chart: MetricChart }) {
  return (
    <table className="sr-only">
      <caption>{chart.title}: values in the range shown</caption>
      <thead>
        <tr>
          <th scope="col">Series</th>
          <th scope="col">Latest</th>
          <th scope="col">Lowest</th>
          <th scope="col">Highest</th>
        </tr>
      </thead>
      <tbody>
        {chart.series.map((s) => {
          const facts = seriesFacts(s.label, s.values);
          return (
            <tr key={s.label}>
              <th scope="row">{s.label}</th>
              <td>{formatValue(facts.last, chart.unit)}</td>
              <td>{formatValue(facts.min, chart.unit)}</td>
              <td>{formatValue(facts.max, chart.unit)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
