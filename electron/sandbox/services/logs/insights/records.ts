import type { StoredEvent } from '../model';
import type { Value } from './values';

/** One row as commands see it: field name → value. Missing fields are simply absent. */
export type Row = Map<string, Value>;

export interface SourceEvent {
  accountId: string;
  region: string;
  group: string;
  stream: string;
  event: StoredEvent;
}

const MAX_DISCOVERED_FIELDS = 200;

function flatten(value: unknown, path: string, into: Row): void {
  if (into.size >= MAX_DISCOVERED_FIELDS) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${path}.${index}`, into));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, path ? `${path}.${key}` : key, into);
  } else if (path && value !== null && value !== undefined) {
    into.set(path, value as string | number | boolean);
  }
}

/** An opaque pointer to the event, as `@ptr` is for AWS (GetLogRecord is not emulated). */
export function pointerOf(source: SourceEvent): string {
  return Buffer.from(
    `${source.accountId}:${source.region}:${source.group}:${source.stream}:${source.event.seq}`,
    'utf8',
  ).toString('base64url');
}

/**
 * The fields AWS gives every event, plus the members of a JSON object message under dot paths
 * (`a.b`, arrays as `a.0`), as Logs Insights discovers them.
 */
export function rowOf(source: SourceEvent): Row {
  const row: Row = new Map<string, Value>([
    ['@timestamp', new Date(source.event.timestamp)],
    ['@message', source.event.message],
    ['@logStream', source.stream],
    ['@log', `${source.accountId}:${source.group}`],
    ['@ingestionTime', new Date(source.event.ingestionTime)],
  ]);
  const text = source.event.message.trimStart();
  if (text.startsWith('{')) {
    try {
      const discovered: Row = new Map();
      flatten(JSON.parse(text) as unknown, '', discovered);
      for (const [name, value] of discovered) if (!row.has(name)) row.set(name, value);
    } catch {
      // Not JSON after all: the event keeps only its system fields.
    }
  }
  row.set('@ptr', pointerOf(source));
  return row;
}
