import type { JournalEntry } from '../../../../shared/domain/journal';
import { hrefFor } from '../../app/hash-route';
import { alarmHref, boardHref } from '../alarms/alarm-routes';

const ALARM_CHANNELS = new Set(['alarms.disableActions', 'alarms.enableActions', 'alarms.update', 'alarms.delete']);

/** One alarm opens its page; several, or the recommended alarms of an endpoint, open the board filtered to them. */
function alarmEntryHref(entry: JournalEntry): string | undefined {
  if (entry.channel === 'alarms.createRecommended') return boardHref({ q: entry.target });
  if (!ALARM_CHANNELS.has(entry.channel)) return undefined;
  const input = entry.input as { name?: unknown; names?: unknown } | null;
  const names = Array.isArray(input?.names) ? input.names : [input?.name ?? entry.target];
  return names.length === 1 && typeof names[0] === 'string' ? alarmHref(names[0]) : boardHref();
}

/**
 * Where the resource a journal entry acted on lives in the console, so "what did I just stop?"
 * is one click away. Only channels whose target names a resource with a screen are linked.
 */
export function resourceHref(entry: JournalEntry): string | undefined {
  if (entry.channel.startsWith('alarms.')) return alarmEntryHref(entry);
  if (entry.channel !== 'jobs.start' && entry.channel !== 'jobs.stop') return undefined;
  const kind = (entry.input as { kind?: unknown } | null)?.kind;
  return kind === 'training' || kind === 'processing' ? hrefFor(kind, ['jobs', entry.target]) : undefined;
}
