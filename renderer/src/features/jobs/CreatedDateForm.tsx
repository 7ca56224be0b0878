import Calendar from '@cloudscape-design/components/calendar';
import DateInput from '@cloudscape-design/components/date-input';
import FormField from '@cloudscape-design/components/form-field';
import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useState } from 'react';
import { parseCreatedDate } from './created-date';

const CALENDAR_I18N = { todayAriaLabel: 'Today', previousMonthAriaLabel: 'Previous month', nextMonthAriaLabel: 'Next month' };
const COMPLETE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The value form of "Created after/before" in the jobs filter: a calendar to pick a day, and a date
 * field for those who type. Cloudscape's own pattern for dates in a property filter (a DatePicker
 * would open a dropdown inside the filter's dropdown). The token's value is `YYYY-MM-DD`, the same
 * text a typed filter gives, so both reach the list query the same way.
 */
export function CreatedDateForm({ value, onChange, filter, operator }: PropertyFilterProps.ExtendedOperatorFormProps<string>) {
  const typed = filter?.trim() ?? '';
  const parsedTyped = typed ? parseCreatedDate(typed) : undefined;
  const dayOfTyped = parsedTyped?.iso ? typed.replaceAll('/', '-').slice(0, 10) : '';
  // DateInput and Calendar hold `YYYY-MM-DD` (DateInput shows slashes); a typed date-time keeps its time in the token.
  const [day, setDay] = useState(filter === undefined ? (value ?? '').slice(0, 10) : dayOfTyped);
  const [picked, setPicked] = useState(false);
  // Text typed after the operator ("Created > 2026-11-01") arrives as `filter`: new text resets the form to it.
  const [seenFilter, setSeenFilter] = useState(filter);
  if (filter !== seenFilter) {
    setSeenFilter(filter);
    setDay(dayOfTyped);
    setPicked(false);
  }
  const typedProblem = picked ? undefined : parsedTyped?.problem;

  useEffect(() => {
    if (filter !== undefined) onChange(parsedTyped?.iso ? typed : null);
    // onChange is a new function on every render of the filter; only the typed text matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const change = (next: string) => {
    setDay(next);
    setPicked(true);
    // Partial input ("2026-1") is no date yet: the token stays empty until the day is whole.
    onChange(COMPLETE.test(next) && parseCreatedDate(next).iso ? next : null);
  };
  const label = operator === '<' ? 'Created before' : 'Created after';

  return (
    <div data-testid="jobs-created-form">
      <SpaceBetween size="s">
        {[
          <FormField key="input" label={label} description="YYYY/MM/DD, midnight UTC." errorText={typedProblem}>
            <DateInput
              value={day}
              placeholder="YYYY/MM/DD"
              ariaLabel={`${label} date`}
              invalid={typedProblem !== undefined}
              data-testid="jobs-created-input"
              onChange={({ detail }) => change(detail.value)}
            />
          </FormField>,
          <Calendar
            key="calendar"
            value={COMPLETE.test(day) ? day : ''}
            ariaLabel={`${label}: pick a day`}
            i18nStrings={CALENDAR_I18N}
            data-testid="jobs-created-calendar"
            onChange={({ detail }) => change(detail.value)}
          />,
        ]}
      </SpaceBetween>
    </div>
  );
}
