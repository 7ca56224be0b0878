import type { JournalEntry } from '../../../../shared/domain/journal';

/** Newest first; an entry that arrives twice (list and stream overlap) appears once. */
export function mergeEntries(existing: readonly JournalEntry[], incoming: readonly JournalEntry[]): JournalEntry[] {
  const byId = new Map<string, JournalEntry>();
  for (const entry of [...existing, ...incoming]) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
}

/** What the text filter searches: the words a user sees in the row. */
export function entryText(entry: JournalEntry): string {
  return [
    entry.time,
    entry.profile,
    entry.account ?? '',
    entry.region,
    entry.channel,
    entry.target,
    entry.outcome,
    entry.error?.code ?? '',
    entry.error?.message ?? '',
    entry.requestId ?? '',
  ]
    .join(' ')
    .toLowerCase();
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
