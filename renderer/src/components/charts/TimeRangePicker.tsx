import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useId, useState } from 'react';
import type { MetricRange } from '../../../../shared/domain/metrics';
import { RANGE_PRESETS, checkCustomRange, formatUtc, rangeBounds, type CustomRangeCheck } from './metric-range';

export interface TimeRangePickerProps {
  value: MetricRange;
  onChange: (range: MetricRange) => void;
  now?: () => number;
  testId?: string;
}

const CUSTOM = 'custom';

/**
 * 1 hour to 2 weeks back from now, or a custom UTC window. A custom window is applied only when
 * both times are valid; otherwise the typed text stays and each field says what is wrong.
 */
export function TimeRangePicker({ value, onChange, now = Date.now, testId = 'time-range-picker' }: TimeRangePickerProps) {
  const preset = value.kind === 'relative' ? RANGE_PRESETS.find((p) => p.minutes === value.minutes)?.id : undefined;
  const [custom, setCustom] = useState(preset === undefined);
  const [text, setText] = useState(() => {
    const bounds = rangeBounds(value, now());
    return { start: formatUtc(bounds.start), end: formatUtc(bounds.end) };
  });
  const [errors, setErrors] = useState<CustomRangeCheck['errors']>({});
  const group = useId();

  const choose = (id: string) => {
    if (id === CUSTOM) {
      const bounds = rangeBounds(value, now());
      setText({ start: formatUtc(bounds.start), end: formatUtc(bounds.end) });
      setErrors({});
      setCustom(true);
      return;
    }
    const chosen = RANGE_PRESETS.find((p) => p.id === id);
    if (!chosen) return;
    setCustom(false);
    onChange({ kind: 'relative', minutes: chosen.minutes });
  };
  const apply = () => {
    const check = checkCustomRange(text.start, text.end, now());
    setErrors(check.errors);
    if (check.range) onChange(check.range);
  };

  return (
    <div data-testid={testId}>
      <SpaceBetween size="s">
        <div className="ts-range-presets" role="radiogroup" aria-label="Time range">
          {[...RANGE_PRESETS.map((p) => ({ id: p.id, text: p.label, title: p.description })), { id: CUSTOM, text: 'Custom', title: 'A custom start and end' }].map((option) => {
            const selected = custom ? option.id === CUSTOM : option.id === preset;
            return (
              <label key={option.id} className={`ts-range-preset${selected ? ' is-selected' : ''}`} title={option.title}>
                <input type="radio" name={group} value={option.id} checked={selected} onChange={() => choose(option.id)} />
                {option.text}
              </label>
            );
          })}
        </div>
        {custom && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              apply();
            }}
          >
            <SpaceBetween direction="horizontal" size="s" alignItems="end">
              <FormField label="Start (UTC)" errorText={errors.start} constraintText="YYYY-MM-DD HH:mm">
                <Input value={text.start} onChange={({ detail }) => setText((t) => ({ ...t, start: detail.value }))} ariaLabel="Start (UTC)" data-testid={`${testId}-start`} invalid={Boolean(errors.start)} />
              </FormField>
              <FormField label="End (UTC)" errorText={errors.end} constraintText="YYYY-MM-DD HH:mm">
                <Input value={text.end} onChange={({ detail }) => setText((t) => ({ ...t, end: detail.value }))} ariaLabel="End (UTC)" data-testid={`${testId}-end`} invalid={Boolean(errors.end)} />
              </FormField>
              <Button formAction="submit" data-testid={`${testId}-apply`}>
                Apply
              </Button>
            </SpaceBetween>
          </form>
        )}
      </SpaceBetween>
    </div>
  );
}
