import type { JournalEntry } from '../../../../shared/domain/journal';
import { hrefFor } from '../../app/hash-route';

/**
 * Where the resource a journal entry acted on lives in the console, so "what did I just stop?"
 * is one click away. Only channels whose target names a resource with a screen are linked.
 */
export function resourceHref(entry: JournalEntry): string | undefined {
  if (entry.channel !== 'jobs.start' && entry.channel !== 'jobs.stop') return undefined;
  const kind = (entry.input as { kind?: unknown } | null)?.kind;
  return kind === 'training' || kind === 'processing' ? hrefFor(kind, ['jobs', entry.target]) : undefined;
}
