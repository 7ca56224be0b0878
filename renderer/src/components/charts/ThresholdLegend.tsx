import type { ChartThreshold, MetricChart } from '../../../../shared/domain/metrics';
import { formatValue, seriesFacts } from './chart-format';
import { stateWords, type ChartTheme } from './chart-theme';

/**
 * Where the drawn series went past a threshold in the range shown: the peak (or trough, for an
 * alarm on low values) beyond the line. Undefined when it stayed on the safe side or the alarm's
 * direction is unknown.
 */
function crossing(chart: MetricChart, t: ChartThreshold): number | undefined {
  if (!t.breachesWhen) return undefined;
  const facts = chart.series.map((s) => seriesFacts(s.label, s.values));
  if (t.breachesWhen === 'above') {
    const peak = Math.max(...facts.flatMap((f) => (f.max === null ? [] : [f.max])));
    return peak > t.value ? peak : undefined;
  }
  const trough = Math.min(...facts.flatMap((f) => (f.min === null ? [] : [f.min])));
  return trough < t.value ? trough : undefined;
}

/** The thresholds drawn on the canvas, as text anyone can read (and tests can find). */
export function ThresholdLegend({ chart, theme }: { chart: MetricChart; theme: ChartTheme }) {
  if (chart.thresholds.length === 0) return null;
  return (
    <ul className="ts-chart-thresholds" aria-label={`Alarm thresholds on ${chart.title}`}>
      {chart.thresholds.map((t) => {
        const crossed = crossing(chart, t);
        return (
          <li key={t.alarmName} data-testid={`chart-threshold-${t.alarmName}`} data-state={t.state} data-value={t.value} data-crossed={crossed !== undefined}>
            <span className="ts-chart-threshold-swatch" style={{ color: theme.threshold(t.state) }} aria-hidden="true" />
            {t.alarmName}: {formatValue(t.value, chart.unit)} · {stateWords(t.state)}
            {crossed !== undefined && ` · crossed: ${t.breachesWhen === 'above' ? 'peak' : 'low'} ${formatValue(crossed, chart.unit)} in this range`}
          </li>
        );
      })}
    </ul>
  );
}
