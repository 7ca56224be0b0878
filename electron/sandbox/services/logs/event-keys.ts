import type { StoredEvent } from './model';

/** A position in a stream: events are ordered by timestamp, then by ingestion order. */
export interface EventKey {
  timestamp: number;
  seq: number;
}

/** 56 digits, like AWS's event ids and stream tokens: 20 for the timestamp, 36 for the sequence. */
export function encodeKey(key: EventKey): string {
  return `${String(Math.max(0, key.timestamp)).padStart(20, '0')}${String(Math.max(0, key.seq)).padStart(36, '0')}`;
}

export function decodeKey(text: string): EventKey | null {
  if (!/^\d{56}$/.test(text)) return null;
  return { timestamp: Number(text.slice(0, 20)), seq: Number(text.slice(20)) };
}

export function compareToKey(event: StoredEvent, key: EventKey): number {
  return event.timestamp - key.timestamp || event.seq - key.seq;
}

export const eventId = (event: StoredEvent) => encodeKey(event);
