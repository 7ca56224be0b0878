import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import { useState, type FormEvent } from 'react';
import { fromLocalInput, toLocalInput } from './local-time';
import type { SinceChoice, TailSession } from './tail-session';
import { useTailSelect } from './use-tail';

const SINCE_OPTIONS = [
  { value: '1', label: 'Last minute' },
  { value: '5', label: 'Last 5 minutes' },
  { value: '60', label: 'Last hour' },
  { value: 'custom', label: 'From a chosen time…' },
];

/** Where the lines start: a live tail from a start time, or a past range searched page by page. */
export function TailRange({ session }: { session: TailSession }) {
  // The fields read while rendering; the search's range and the start time are read once, by the state below.
  useTailSelect(session, ({ phase, sinceChoice, search }) =>
    JSON.stringify([phase, sinceChoice.kind === 'last' ? sinceChoice.minutes : 'at', search?.loading, search?.nextToken, search?.error]),
  );
  const searching = session.phase === 'search';
  const [custom, setCustom] = useState(session.sinceChoice.kind === 'at');
  // The moment the form opened: default ranges are the hour before it.
  const [now] = useState(() => Date.now());
  const [startText, setStartText] = useState(() => toLocalInput(session.sinceChoice.kind === 'at' ? session.sinceChoice.ms : now - 3_600_000));
  const [fromText, setFromText] = useState(() => toLocalInput(session.search?.startTime ?? now - 3_600_000));
  const [toText, setToText] = useState(() => toLocalInput(session.search?.endTime ?? now));
  const [rangeError, setRangeError] = useState<string>();

  const sinceValue = custom ? 'custom' : session.sinceChoice.kind === 'last' ? String(session.sinceChoice.minutes) : 'custom';
  const chooseSince = (value: string) => {
    if (value === 'custom') return setCustom(true);
    setCustom(false);
    session.setSince({ kind: 'last', minutes: Number(value) });
  };

  const startAt = (event: FormEvent) => {
    event.preventDefault();
    const ms = fromLocalInput(startText);
    if (ms === undefined) return setRangeError('Enter a start date and time.');
    setRangeError(undefined);
    session.setSince({ kind: 'at', ms } satisfies SinceChoice);
  };

  const search = (event: FormEvent) => {
    event.preventDefault();
    const from = fromLocalInput(fromText);
    const to = fromLocalInput(toText);
    if (from === undefined || to === undefined) return setRangeError('Enter both the start and the end of the range.');
    if (from > to) return setRangeError('The start is after the end.');
    setRangeError(undefined);
    void session.searchRange(from, to);
  };

  return (
    <div className="tail-range">
      <SegmentedControl
        label="Mode"
        selectedId={searching ? 'search' : 'live'}
        options={[
          { id: 'live', text: 'Follow live' },
          { id: 'search', text: 'Search a past range' },
        ]}
        onChange={({ detail }) => (detail.selectedId === 'live' ? session.start() : void session.searchRange(fromLocalInput(fromText) ?? now - 3_600_000, fromLocalInput(toText) ?? now))}
        data-testid="tail-mode"
      />
      {!searching && (
        <form className="tail-inline-form" onSubmit={startAt}>
          <FormField label="Start from">
            <Select
              selectedOption={SINCE_OPTIONS.find((option) => option.value === sinceValue) ?? SINCE_OPTIONS[0]!}
              options={SINCE_OPTIONS}
              onChange={({ detail }) => chooseSince(detail.selectedOption.value ?? '1')}
              data-testid="tail-since"
            />
          </FormField>
          {custom && (
            <>
              <label className="tail-native-field">
                <span>Start time (local)</span>
                <input type="datetime-local" value={startText} onChange={(event) => setStartText(event.target.value)} data-testid="tail-since-at" />
              </label>
              <Button formAction="submit" data-testid="tail-since-apply">
                Start from this time
              </Button>
            </>
          )}
        </form>
      )}
      {searching && (
        <form className="tail-inline-form" onSubmit={search}>
          <label className="tail-native-field">
            <span>From (local)</span>
            <input type="datetime-local" value={fromText} onChange={(event) => setFromText(event.target.value)} data-testid="tail-range-from" />
          </label>
          <label className="tail-native-field">
            <span>To (local)</span>
            <input type="datetime-local" value={toText} onChange={(event) => setToText(event.target.value)} data-testid="tail-range-to" />
          </label>
          <Button formAction="submit" loading={session.search?.loading} data-testid="tail-range-search">
            Search
          </Button>
          {session.search?.nextToken && (
            <Button formAction="none" onClick={() => void session.loadMoreSearch()} data-testid="tail-range-more">
              Load more
            </Button>
          )}
        </form>
      )}
      {(rangeError ?? session.search?.error) && (
        <p className="tail-error" role="alert">
          {rangeError ?? `The search failed: ${session.search?.error}`}
        </p>
      )}
    </div>
  );
}
