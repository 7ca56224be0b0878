import { useMemo } from 'react';
import type { EndpointMetrics } from '../../../../../shared/domain/endpoints';
import { useSessionQuery } from '../../use-session-query';
import { Sparkline } from './Sparkline';

/** The sparklines' data for the rows on screen: `undefined` while loading, `null` when CloudWatch failed. */
export type RowMetrics = ReadonlyMap<string, EndpointMetrics> | undefined | null;

// An hour is what a glance at a list needs; the host picks the period (60 points at most).
const MINUTES = 60;

/**
 * One endpoints.metrics call for the rows the table shows (one GetMetricData on the host), never
 * for rows on other pages; asked again when the page's rows change.
 */
export function useRowMetrics(names: readonly string[]): RowMetrics {
  const sorted = [...names].sort();
  const metrics = useSessionQuery(
    'endpoints.metrics',
    { endpointNames: sorted, minutes: MINUTES },
    { enabled: sorted.length > 0 },
  );
  const byName = useMemo(
    () => metrics.data && new Map(metrics.data.map((entry) => [entry.endpointName, entry])),
    [metrics.data],
  );
  return metrics.isError ? null : byName;
}

export function EndpointSparks({
  name,
  which,
  metrics,
}: {
  name: string;
  which: 'invocations' | 'latency';
  metrics: RowMetrics;
}) {
  if (metrics === undefined) return <span className="endpoint-sparkline-empty">Loading…</span>;
  const mine = metrics?.get(name);
  if (!mine) return <span className="endpoint-sparkline-empty">Metrics unavailable</span>;
  return which === 'invocations' ? (
    <Sparkline
      points={mine.invocations}
      label={`Invocations of ${name}`}
      unit={`per ${mine.periodSeconds / 60} min`}
      testId={`endpoint-invocations-${name}`}
    />
  ) : (
    <Sparkline
      points={mine.modelLatencyMs}
      label={`Model latency of ${name}`}
      unit="ms"
      testId={`endpoint-latency-${name}`}
    />
  );
}
