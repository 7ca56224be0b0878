/**
 * Input coercion shared by every service, so a member decodes the same way whichever protocol
 * carried it: awsJson sends numbers and epoch seconds, awsQuery and rest query strings send text.
 */

export function asString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asInt(value: unknown): number | undefined {
  const n = asNumber(value);
  return n === undefined || !Number.isInteger(n) ? undefined : n;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export function asBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Epoch seconds (JSON protocols), ISO 8601 or HTTP dates (query, headers), or a Date. */
export function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(Math.round(value * 1000)) : undefined;
  if (typeof value === 'string' && value !== '') {
    const numeric = Number(value);
    const date = Number.isFinite(numeric) ? new Date(Math.round(numeric * 1000)) : new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/** Blobs travel base64-encoded inside JSON and XML documents. */
export function asBlob(value: unknown): Buffer | undefined {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (typeof value === 'string') return Buffer.from(value, 'base64');
  return undefined;
}

export function asList(value: unknown): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value : [value];
}

export function asStringList(value: unknown): string[] | undefined {
  const list = asList(value);
  return list?.map((item) => asString(item)).filter((item): item is string => item !== undefined);
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function asStringMap(value: unknown): Record<string, string> | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(record)) {
    const text = asString(item);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

/** ISO 8601 the way AWS's XML protocols print it: second precision unless milliseconds matter. */
export function isoTimestamp(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
