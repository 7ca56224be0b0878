import type { ChartThreshold, MetricChart, MetricDashboard } from '../shared/domain/metrics';

/** Two weeks at one minute: the densest dashboard CloudWatch can give (1-minute data is kept 15 days). */
export const POINTS = 20_160;
const START_S = Date.UTC(2026, 10, 20, 0, 0) / 1000;

/**
 * mulberry32: a small seeded generator, so every run draws the same data. The sandbox's copy
 * (s3/demo-data.ts) sits in a module that imports node:zlib, which the bench's browser bundle cannot take.
 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A daily cycle (busy at 15:00 UTC) with noise, a few gaps and a spike on the tenth day. */
function series(seed: number, base: number, swing: number, noise: number): (number | null)[] {
  const next = random(seed);
  return Array.from({ length: POINTS }, (_, i) => {
    if (i % 5_000 === 4_999) return null;
    const dayPhase = ((i % 1_440) / 1_440) * 2 * Math.PI;
    const spike = i > 14_400 && i < 14_460 ? 3 : 1;
    return Math.max(0, (base + swing * Math.sin(dayPhase - Math.PI / 2 + 0.4) + noise * (next() - 0.5)) * spike);
  });
}

const timestamps = () => Array.from({ length: POINTS }, (_, i) => START_S + i * 60);

function chart(id: string, title: string, unit: string, lines: { label: string; values: (number | null)[] }[], thresholds: ChartThreshold[] = []): MetricChart {
  return { id, title, unit, timestamps: timestamps(), series: lines, thresholds };
}

/** The endpoint dashboard's six charts (nine series) over two weeks at one minute, the same every run. */
export function benchDashboard(): MetricDashboard {
  return {
    periodSeconds: 60,
    start: new Date(START_S * 1000).toISOString(),
    end: new Date((START_S + POINTS * 60) * 1000).toISOString(),
    notes: [],
    charts: [
      chart('invocations', 'Invocations', 'count', [{ label: 'Invocations', values: series(1, 700, 600, 80) }], [{ alarmName: 'churn-prod-invocations-low', value: 20, state: 'OK' }]),
      chart(
        'model-latency',
        'Model latency',
        'ms',
        [
          { label: 'p50', values: series(2, 22, 4, 3) },
          { label: 'p90', values: series(3, 40, 8, 6) },
          { label: 'p99', values: series(4, 70, 15, 20) },
        ],
        [{ alarmName: 'churn-prod-model-latency-p99', value: 100, state: 'ALARM' }],
      ),
      chart('overhead-latency', 'Overhead latency', 'ms', [{ label: 'Average', values: series(5, 3, 1, 1) }]),
      chart(
        'errors',
        '4XX and 5XX errors',
        'count',
        [
          { label: '4XX', values: series(6, 2, 1, 3) },
          { label: '5XX', values: series(7, 1, 0.5, 2) },
        ],
        [{ alarmName: 'churn-prod-5xx-errors', value: 5, state: 'OK' }],
      ),
      chart('cpu', 'CPU utilization', '%', [{ label: 'CPU', values: series(8, 45, 30, 8) }]),
      chart('memory', 'Memory utilization', '%', [{ label: 'Memory', values: series(9, 60, 5, 2) }]),
    ],
  };
}
