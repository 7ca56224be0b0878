import type { LogEvent, TailMessage } from '../../shared/domain/logs';
import type { TailFormat } from './tail-args';

/**
 * One line per event. Text: `<ISO time> <stream> <message>`, with a multi-line message's line
 * breaks written as `\n` so a line is always an event (`--format json` keeps the message as sent).
 */
export function eventLines(events: LogEvent[], format: TailFormat): string {
  let out = '';
  for (const event of events) {
    const time = new Date(event.timestamp).toISOString();
    if (format === 'json') {
      out += `${JSON.stringify({ time, ...event })}\n`;
    } else {
      const message = event.message.replace(/\r?\n$/, '').replace(/\r?\n/g, '\\n');
      out += `${time} ${event.stream} ${message}\n`;
    }
  }
  return out;
}

const SOURCE_NAMES = { live: 'Live Tail', polling: 'polling (FilterLogEvents)' } as const;

/** What the user should know besides the events, for stderr; undefined when there is nothing to say. */
export function notice(message: TailMessage): string | undefined {
  switch (message.type) {
    case 'started':
      return `Tailing ${message.target.label} through ${SOURCE_NAMES[message.source]} from ${new Date(message.since).toISOString()}. Ctrl-C stops.`;
    case 'source':
      return `Now ${SOURCE_NAMES[message.source]}: ${message.reason}`;
    case 'paused':
      return `Paused: ${message.reason} Retrying in ${message.retryInSeconds} s.`;
    case 'resumed':
      return 'Resumed, with no gap.';
    case 'ended':
      return `Ended at ${new Date(message.at).toISOString()}: ${message.reason}`;
    case 'events': {
      const notes: string[] = [];
      if (message.droppedByHost > 0) notes.push(`${message.droppedByHost} events were dropped because this output fell behind.`);
      if (message.sampled) notes.push('Live Tail sent a sample of a busier second (over 500 events).');
      return notes.length > 0 ? notes.join(' ') : undefined;
    }
  }
}
