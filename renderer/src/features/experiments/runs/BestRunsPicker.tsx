import Button from '@cloudscape-design/components/button';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import { useState } from 'react';
import { MAX_COMPARED_RUNS } from '../../../../../shared/contract/experiments';
import { inferGoal } from '../../../../../shared/domain/run-compare';

/** "Select the best 3 by <metric>": the shortcut to a comparison of the leaders. */
export function BestRunsPicker({
  metrics,
  onPick,
}: {
  metrics: readonly string[];
  onPick: (metric: string, count: number) => void;
}) {
  // A validation metric is what runs are usually ranked by; otherwise the first by name.
  const [metric, setMetric] = useState(() => metrics.find((name) => name.startsWith('validation')) ?? metrics[0]);
  const [countText, setCountText] = useState('3');
  const count = Number(countText);
  const validCount = Number.isInteger(count) && count >= 1 && count <= MAX_COMPARED_RUNS;
  const chosen =
    metric && metrics.includes(metric) ? metric : (metrics.find((name) => name.startsWith('validation')) ?? metrics[0]);
  if (!chosen) return null;
  return (
    <div className="experiments-best" role="group" aria-label="Select the best runs by a metric">
      <Button onClick={() => validCount && onPick(chosen, count)} disabled={!validCount} data-testid="runs-select-best">
        Select the best {validCount ? count : ''}
      </Button>
      <span className="experiments-best-count">
        <Input
          type="number"
          inputMode="numeric"
          value={countText}
          onChange={({ detail }) => setCountText(detail.value)}
          ariaLabel={`How many runs to select, 1 to ${MAX_COMPARED_RUNS}`}
          invalid={!validCount}
          data-testid="runs-best-count"
        />
      </span>
      <span aria-hidden="true">by</span>
      <Select
        selectedOption={{
          value: chosen,
          label: chosen,
          description: inferGoal(chosen) === 'min' ? 'lower is better' : 'higher is better',
        }}
        onChange={({ detail }) => setMetric(detail.selectedOption.value)}
        options={metrics.map((name) => ({
          value: name,
          label: name,
          description: inferGoal(name) === 'min' ? 'lower is better' : 'higher is better',
        }))}
        ariaLabel="Metric to rank the runs by"
        data-testid="runs-best-metric"
      />
    </div>
  );
}
