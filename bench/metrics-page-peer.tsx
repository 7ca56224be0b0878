/*
 * Bench peer: the same six charts drawn by uPlot's minimal example, a bare `new uPlot(opts, data,
 * el)` per chart (no React, no thresholds, legend or accessibility). Bundled by bench/metrics-dashboard.ts.
 */
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { benchDashboard } from './metrics-bench-data';
import { firstPaint, zoomSequence } from './metrics-page-measure';

const dashboard = benchDashboard();
const root = document.getElementById('root')!;
const started = performance.now();
for (const chart of dashboard.charts) {
  const el = document.createElement('div');
  root.appendChild(el);
  const opts: uPlot.Options = {
    width: el.clientWidth,
    height: 200,
    series: [{}, ...chart.series.map((s) => ({ label: s.label, stroke: 'red', width: 1 }))],
  };
  new uPlot(opts, [chart.timestamps, ...chart.series.map((s) => s.values)] as uPlot.AlignedData, el);
}
Object.assign(window, { __bench: { paint: firstPaint(started, dashboard.charts.length), zoom: zoomSequence } });
