import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import Toggle from '@cloudscape-design/components/toggle';
import { DEFAULT_CAPACITY } from './line-buffer';
import { exportContent, exportFileName, downloadText, type ExportFormat } from './tail-export';
import type { TailSession } from './tail-session';
import { useTailSelect } from './use-tail';

const CAPACITIES = [10_000, 50_000, DEFAULT_CAPACITY, 250_000, 500_000, 1_000_000];
const capacityOption = (value: number) => ({ value: String(value), label: `${value.toLocaleString('en-US')} lines` });

/** Following, display toggles, the buffer's size, older lines and export. */
export function TailControls({ session }: { session: TailSession }) {
  // Every field shown below; the line count only as far as "empty or not" (the export buttons).
  useTailSelect(session, ({ following, options, phase, buffer, older }) =>
    JSON.stringify([following, options.wrap, options.utc, phase, buffer.capacity, buffer.length === 0, older.loading, older.exhausted, older.error]),
  );
  const { following, options, phase } = session;
  const live = phase !== 'search';
  const ended = phase === 'ended' || phase === 'failed';

  const exportAs = (format: ExportFormat) => {
    const range = session.search ? { from: session.search.startTime, to: session.search.endTime } : Date.now();
    downloadText(exportFileName(session.slug, format, range), exportContent(session.buffer, format), format);
  };

  return (
    <div className="tail-controls">
      {live && (
        <Button
          onClick={() => session.setFollowing(!following)}
          disabled={ended}
          variant={following ? 'normal' : 'primary'}
          data-testid="tail-follow"
          data-following={following}
        >
          {ended ? 'Not following (ended)' : following ? 'Pause following' : 'Resume following (End)'}
        </Button>
      )}
      <Toggle checked={options.wrap} onChange={({ detail }) => session.setOptions({ wrap: detail.checked })} data-testid="tail-wrap">
        Word wrap
      </Toggle>
      <Toggle checked={options.utc} onChange={({ detail }) => session.setOptions({ utc: detail.checked })} data-testid="tail-utc">
        UTC times
      </Toggle>
      <FormField label="Buffer size">
        <Select
          selectedOption={capacityOption(session.buffer.capacity)}
          options={CAPACITIES.map(capacityOption)}
          onChange={({ detail }) => session.setCapacity(Number(detail.selectedOption.value))}
          data-testid="tail-capacity"
        />
      </FormField>
      {live && (
        <Button onClick={() => void session.loadOlder()} loading={session.older.loading} disabled={session.older.exhausted} data-testid="tail-older">
          {session.older.exhausted ? 'No older events' : 'Load older'}
        </Button>
      )}
      <Button onClick={() => exportAs('text')} disabled={session.buffer.length === 0} data-testid="tail-export-text">
        Export .log
      </Button>
      <Button onClick={() => exportAs('jsonl')} disabled={session.buffer.length === 0} data-testid="tail-export-jsonl">
        Export .jsonl
      </Button>
      {session.older.error && (
        <span className="tail-error" role="alert">
          Older events could not be loaded: {session.older.error}
        </span>
      )}
    </div>
  );
}
