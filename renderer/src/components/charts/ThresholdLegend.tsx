import type { MetricChart } from '../../../../shared/domain/metrics';
import { formatValue } from './chart-format';
import { stateWords, type ChartTheme } from './chart-theme';

/** The thresholds drawn on the canvas, as text anyone can read (and tests can find). */
export function ThresholdLegend({ chart, theme }: { chart: MetricChart; theme: ChartTheme }) {
  if (chart.thresholds.length === 0) return null;
  return (
    <ul className="ts-chart-thresholds" aria-label={`Alarm thresholds on ${chart.title}`}>
      {chart.thresholds.map((t) => (
        <li key={t.alarmName} data-testid={`chart-threshold-${t.alarmName}`} data-state={t.state} data-value={t.value}>
          <span className="ts-chart-threshold-swatch" style={{ color: theme.threshold(t.state) }} aria-hidden="true" />
          {t.alarmName}: {formatValue(t.value, chart.unit)} · {stateWords(t.state)}
        </li>
      ))}
    </ul>
  );
}
