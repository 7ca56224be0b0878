import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { RunMetric } from '../../../../../shared/domain/experiments';
import { formatNumber } from './run-format';

const STATS = [
  ['last', 'Last'],
  ['min', 'Min'],
  ['max', 'Max'],
  ['avg', 'Average'],
  ['count', 'Count'],
  ['stdDev', 'Std deviation'],
] as const;

/**
 * One metric's summary beside the cell that opened it, above the table (a portal, so the cell's
 * clipping does not cut it). Escape or the close button returns focus to the cell; a click
 * elsewhere closes it.
 */
export function MetricSummary({
  metric,
  anchor,
  onClose,
}: {
  metric: RunMetric;
  anchor: HTMLElement;
  onClose: (returnFocus: boolean) => void;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  // The table re-renders every second while a run is in progress: focus moves in once, on open,
  // and the outside-click listener follows the latest onClose without re-subscribing.
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });
  useEffect(() => close.current?.focus(), []);
  useEffect(() => {
    const outside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !anchor.contains(target)) latestClose.current(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [anchor]);
  const box = anchor.getBoundingClientRect();
  return createPortal(
    <div
      ref={panel}
      role="dialog"
      aria-label={`Summary of ${metric.name}`}
      className="metric-summary"
      style={{ top: box.bottom + 4, left: Math.max(8, Math.min(box.left, window.innerWidth - 260)) }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose(true);
      }}
    >
      <div className="metric-summary-header">
        <strong>{metric.name}</strong>
        <button ref={close} type="button" className="metric-summary-close" aria-label="Close the summary" onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <table className="kv-table">
        <tbody>
          {STATS.filter(([key]) => metric[key] !== undefined).map(([key, label]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td>{formatNumber(metric[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
