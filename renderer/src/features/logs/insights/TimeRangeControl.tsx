import FormField from '@cloudscape-design/components/form-field';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useId } from 'react';
import { RELATIVE_RANGES, localInputValue, type RelativeKey, type TimeRange } from './time-range';

const ABSOLUTE = 'absolute';

/**
 * The range a query covers: one of the usual recent ranges, or two local instants typed or picked
 * in the browser's own date-time fields (keyboard-operable, and dark with the page's color-scheme).
 */
export function TimeRangeControl({
  value,
  onChange,
  errors,
}: {
  value: TimeRange;
  onChange: (next: TimeRange) => void;
  errors: { start?: string | undefined; end?: string | undefined };
}) {
  const startId = useId();
  const endId = useId();
  const switchTo = (key: string) => {
    if (key !== ABSOLUTE) onChange({ kind: 'relative', key: key as RelativeKey });
    else if (value.kind !== ABSOLUTE) {
      // Starts from the last hour, so the fields hold something sensible to adjust.
      const now = Date.now();
      onChange({ kind: 'absolute', start: localInputValue(now - 3_600_000), end: localInputValue(now) });
    }
  };
  return (
    <SpaceBetween size="xs">
      {[
        <FormField key="kind" label="Time range" description="The last 5 minutes, hour, day or week, or two instants.">
          <SegmentedControl
            data-testid="insights-range"
            label="Time range: the last"
            selectedId={value.kind === 'relative' ? value.key : ABSOLUTE}
            options={[
              ...RELATIVE_RANGES.map((range) => ({ id: range.key, text: range.label })),
              { id: ABSOLUTE, text: 'Absolute' },
            ]}
            onChange={({ detail }) => switchTo(detail.selectedId)}
          />
        </FormField>,
        value.kind === ABSOLUTE && (
          <div key="fields" className="insights-time-fields">
            <FormField label="Start (local time)" controlId={startId} errorText={errors.start}>
              <input
                id={startId}
                type="datetime-local"
                data-testid="insights-start"
                value={value.start}
                onChange={(event) => onChange({ ...value, start: event.target.value })}
              />
            </FormField>
            <FormField label="End (local time)" controlId={endId} errorText={errors.end}>
              <input
                id={endId}
                type="datetime-local"
                data-testid="insights-end"
                value={value.end}
                onChange={(event) => onChange({ ...value, end: event.target.value })}
              />
            </FormField>
          </div>
        ),
      ]}
    </SpaceBetween>
  );
}
