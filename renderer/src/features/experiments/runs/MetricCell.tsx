import Popover from '@cloudscape-design/components/popover';
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

/** A metric's last value; its summary (min, max, average, count) opens on click or Enter. */
export function MetricCell({ metric }: { metric: RunMetric | undefined }) {
  if (!metric) return <>—</>;
  return (
    <Popover
      triggerType="text"
      size="small"
      renderWithPortal
      header={metric.name}
      dismissAriaLabel="Close the summary"
      content={
        <table className="kv-table">
          <caption className="sr-only">Summary of {metric.name}</caption>
          <tbody>
            {STATS.filter(([key]) => metric[key] !== undefined).map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{formatNumber(metric[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {formatNumber(metric.last)}
    </Popover>
  );
}
