import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimeRangePicker } from '../../../renderer/src/components/charts/TimeRangePicker';
import type { MetricRange } from '../../../shared/domain/metrics';

const NOW = Date.UTC(2026, 11, 5, 15, 0);

function Picker({ onChange }: { onChange: (range: MetricRange) => void }) {
  const [range, setRange] = useState<MetricRange>({ kind: 'relative', minutes: 180 });
  return (
    <TimeRangePicker
      value={range}
      now={() => NOW}
      onChange={(next) => {
        setRange(next);
        onChange(next);
      }}
    />
  );
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, text: string) => fireEvent.change(field(name), { target: { value: text } });
const apply = () => fireEvent.click(screen.getByRole('button', { name: 'Apply' }));

describe('time range picker', () => {
  it('offers 1 hour to 2 weeks back from now', () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    const picker = screen.getByTestId('time-range-picker');
    expect((within(picker).getByRole('radio', { name: '3 h' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(picker).getByRole('radio', { name: '2 w' }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'relative', minutes: 20_160 });
    fireEvent.click(within(picker).getByRole('radio', { name: '1 h' }));
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'relative', minutes: 60 });
  });

  it('keeps bad custom input as typed, says what is wrong with each field, and applies only a valid range', () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Custom' }));
    // Starts from the range shown: the last 3 hours.
    expect(field('Start (UTC)').value).toBe('2026-12-05 12:00');
    expect(field('End (UTC)').value).toBe('2026-12-05 15:00');

    type('Start (UTC)', 'yesterday noon');
    type('End (UTC)', '2026-02-31 10:00');
    apply();
    expect(onChange).not.toHaveBeenCalled();
    expect(field('Start (UTC)').value).toBe('yesterday noon');
    expect(field('End (UTC)').value).toBe('2026-02-31 10:00');
    expect(screen.getAllByText('Enter a UTC time as YYYY-MM-DD HH:mm, e.g. 2026-12-05 14:30.')).toHaveLength(2);

    type('Start (UTC)', '2026-12-04 10:00');
    type('End (UTC)', '2026-12-04 09:00');
    apply();
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('The end must be after the start.')).toBeTruthy();
    expect(field('End (UTC)').value).toBe('2026-12-04 09:00');

    type('Start (UTC)', '2024-01-01 00:00');
    apply();
    expect(screen.getByText('CloudWatch keeps metrics for 455 days (15 months): choose a later start.')).toBeTruthy();

    type('Start (UTC)', '2026-12-04 08:00');
    apply();
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ kind: 'absolute', start: '2026-12-04T08:00:00.000Z', end: '2026-12-04T09:00:00.000Z' });
    expect(screen.queryByText(/Enter a UTC time|must be after/)).toBeNull();
  });
});
