/*
 * Bench page: the endpoint dashboard's charts as the console draws them (DashboardCharts →
 * TimeSeriesChart on uPlot), six charts × two weeks at one minute. Bundled by bench/metrics-dashboard.ts.
 */
import { createRoot } from 'react-dom/client';
import { DashboardCharts } from '../renderer/src/features/metrics/DashboardCharts';
import { benchDashboard } from './metrics-bench-data';
import { firstPaint, zoomSequence } from './metrics-page-measure';

const dashboard = benchDashboard();
const started = performance.now();
createRoot(document.getElementById('root')!).render(<DashboardCharts dashboard={dashboard} dark={false} />);
Object.assign(window, { __bench: { paint: firstPaint(started, dashboard.charts.length), zoom: zoomSequence } });
