import { STREAM_COLOURS } from './LogLine';
import type { TailSession } from './tail-session';
import { useTailSelect } from './use-tail';

/** One toggle per stream, in its colour: the merged tail shows the streams switched on. */
export function StreamToggles({ session }: { session: TailSession }) {
  // Labels change only when a stream is added; hidden streams only through the options.
  useTailSelect(session, ({ buffer, options }) => `${buffer.streams.length}|${[...options.hiddenStreams].join(',')}`);
  const streams = session.buffer.streams;
  if (streams.length === 0) return null;
  const hidden = session.options.hiddenStreams;
  return (
    <div className="tail-streams" role="group" aria-label="Streams shown" data-testid="tail-streams">
      {streams.map((info) => (
        <button
          key={info.index}
          type="button"
          className={`tail-stream-toggle tail-stream-c${(info.index - 1) % STREAM_COLOURS}`}
          aria-pressed={!hidden.has(info.index)}
          title={`${info.group} ${info.stream}`}
          data-testid={`tail-stream-${info.label}`}
          onClick={() => session.toggleStream(info.index)}
        >
          <span className="tail-swatch" aria-hidden="true" />
          {info.label}
        </button>
      ))}
    </div>
  );
}
