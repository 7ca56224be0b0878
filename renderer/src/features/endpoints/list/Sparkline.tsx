import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import { useDarkMode } from '../../jobs/detail/use-dark-mode';

export interface SparkPoint {
  time: string;
  value: number;
}

const WIDTH = 96;
const HEIGHT = 24;

/**
 * A tiny line of recent values in a table cell (uPlot: a list of many endpoints stays cheap). The
 * canvas is decoration for sighted users; its accessible name carries the numbers (latest, range)
 * so nothing is lost without it.
 */
export function Sparkline({
  points,
  label,
  unit,
  testId,
}: {
  points: readonly SparkPoint[];
  label: string;
  unit: string;
  testId?: string;
}) {
  const host = useRef<HTMLSpanElement>(null);
  const dark = useDarkMode();
  const data = useMemo(
    () =>
      [points.map((point) => Date.parse(point.time) / 1000), points.map((point) => point.value)] as uPlot.AlignedData,
    [points],
  );

  useEffect(() => {
    const element = host.current;
    if (!element || points.length < 2) return;
    let plot: uPlot | undefined;
    try {
      plot = new uPlot(
        {
          width: WIDTH,
          height: HEIGHT,
          legend: { show: false },
          cursor: { show: false },
          select: { show: false, left: 0, top: 0, width: 0, height: 0 },
          axes: [{ show: false }, { show: false }],
          scales: { x: { time: false } },
          series: [{}, { stroke: dark ? '#7c9cf0' : '#3759ce', width: 1.5, points: { show: false } }],
        },
        data,
        element,
      );
    } catch {
      // No canvas (test DOM): the accessible name still says the values.
      return;
    }
    return () => plot?.destroy();
  }, [data, dark, points.length]);

  const summary = describe(points, unit);
  return (
    <span
      ref={host}
      className="endpoint-sparkline"
      role="img"
      aria-label={`${label}: ${summary}`}
      data-testid={testId}
      title={summary}
    >
      {points.length < 2 && <span className="endpoint-sparkline-empty">{summary}</span>}
    </span>
  );
}

function describe(points: readonly SparkPoint[], unit: string): string {
  if (points.length === 0) return 'no data';
  const values = points.map((point) => point.value);
  const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3)));
  const last = round(values[values.length - 1] ?? 0);
  return `latest ${last} ${unit}, range ${round(Math.min(...values))}–${round(Math.max(...values))}`;
}
