/**
 * What a visible line shows beyond its text: its level and, for JSON events, the parsed object.
 * Computed only for the rows on screen, never for every line that arrives.
 */

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const LEVEL_WORD = /\b(FATAL|CRITICAL|ERROR|ERR|WARNING|WARN|INFO|DEBUG|TRACE)\b/i;
const LEVELS: Record<string, LogLevel> = {
  fatal: 'error',
  critical: 'error',
  error: 'error',
  err: 'error',
  warning: 'warn',
  warn: 'warn',
  info: 'info',
  debug: 'debug',
  trace: 'debug',
};

// Levels are written near the start; scanning a 200 KB line for one would waste the frame.
const LEVEL_SCAN = 160;

export function levelOf(message: string, json?: Record<string, unknown>): LogLevel | undefined {
  const field = json?.level ?? json?.severity ?? json?.levelname;
  if (typeof field === 'string' && LEVELS[field.toLowerCase()]) return LEVELS[field.toLowerCase()];
  const found = LEVEL_WORD.exec(message.slice(0, LEVEL_SCAN));
  return found ? LEVELS[found[1]!.toLowerCase()] : undefined;
}

/** The message as an object when it is one JSON object (possibly after whitespace). */
export function jsonOf(message: string): Record<string, unknown> | undefined {
  const trimmed = message.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-12-05 12:00:01.123` in local time, or `2026-12-05 12:00:01.123Z` in UTC. */
export function formatTimestamp(ms: number, utc: boolean): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '-';
  const [y, mo, d, h, mi, s, milli] = utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds()];
  return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}.${pad(milli, 3)}${utc ? 'Z' : ''}`;
}
