import { useState } from 'react';
import type { RunMetric } from '../../../../../shared/domain/experiments';
import { MetricSummary } from './MetricSummary';
import { formatNumber } from './run-format';

/**
 * A metric's last value; its summary (min, max, average, count) opens on click or Enter. A plain
 * button until opened: a table of 50 runs × 20 metrics holds a thousand of these, and a full
 * popover component in each made re-sorting about a third slower (npm run bench -- compare).
 */
export function MetricCell({ metric }: { metric: RunMetric | undefined }) {
  const [opener, setOpener] = useState<HTMLButtonElement | null>(null);
  if (!metric) return <>—</>;
  return (
    <>
      <button
        type="button"
        className="metric-cell"
        aria-haspopup="dialog"
        aria-expanded={opener !== null}
        onClick={(event) => {
          const button = event.currentTarget;
          setOpener((open) => (open ? null : button));
        }}
      >
        {formatNumber(metric.last)}
      </button>
      {opener && (
        <MetricSummary
          metric={metric}
          anchor={opener}
          onClose={(returnFocus) => {
            setOpener(null);
            if (returnFocus) opener.focus();
          }}
        />
      )}
    </>
  );
}
