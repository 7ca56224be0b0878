import type { MetricDashboard } from '../../../../shared/domain/metrics';
import { TimeSeriesChart } from '../../components/charts/TimeSeriesChart';

/** A dashboard's charts in a grid, each `metric-chart-<id>`. Free of the app's services, so the bench draws it alone. */
export function DashboardCharts({ dashboard, dark }: { dashboard: MetricDashboard; dark: boolean }) {
  return (
    <div className="ts-chart-grid">
      {dashboard.charts.map((chart) => (
        <TimeSeriesChart key={chart.id} chart={chart} dark={dark} testId={`metric-chart-${chart.id}`} />
      ))}
    </div>
  );
}
