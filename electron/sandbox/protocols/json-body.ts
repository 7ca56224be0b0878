import { AwsError } from '../types';

/**
 * JSON as the AWS JSON protocols write it: timestamps as epoch seconds, blobs as base64, Maps as
 * objects. Handlers return plain values; this is the only place that knows the wire forms.
 */
export function toJsonBody(value: unknown): string {
  return JSON.stringify(value ?? {}, function replace(this: Record<string, unknown>, key: string, converted: unknown) {
    const raw = key === '' ? value : this[key];
    if (raw instanceof Date) return raw.getTime() / 1000;
    if (raw instanceof Uint8Array) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64');
    if (raw instanceof Map) return Object.fromEntries(raw);
    return converted;
  });
}

/** An empty body is an empty input; anything else must be a JSON object. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
  }
  return parsed as Record<string, unknown>;
}
