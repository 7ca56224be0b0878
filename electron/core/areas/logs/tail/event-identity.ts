import { createHash } from 'node:crypto';
import type { LogEvent } from '../../../../../shared/domain/logs';

// Hashing a message once per event, not once per viewer: the same event object reaches every viewer.
const keys = new WeakMap<LogEvent, string>();

/**
 * What makes two deliveries the same event, whichever API sent them: Live Tail events carry no
 * eventId, so the key is the content (group, stream, message) hashed; the timestamp is kept
 * beside it by the deduper. Identical lines at the same millisecond share a key and are told
 * apart by counting (see dedupe.ts).
 */
export function contentKey(event: LogEvent): string {
  let key = keys.get(event);
  if (key === undefined) {
    key = createHash('sha1').update(event.group).update('\0').update(event.stream).update('\0').update(event.message).digest('base64url');
    keys.set(event, key);
  }
  return key;
}

/** A stable id for an event Live Tail sent: its time, content key and which occurrence of that content at that millisecond. */
export function derivedId(event: LogEvent, occurrence: number): string {
  return `${event.timestamp}-${contentKey(event).slice(0, 16)}-${occurrence}`;
}
