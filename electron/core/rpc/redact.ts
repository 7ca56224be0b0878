/** Keys whose values never reach the journal, logs or the renderer, whatever the request. */
const SECRET_KEY = /secret|password|token|session|credential|private|accesskey/i;
const REDACTED = '[redacted]';

export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SECRET_KEY.test(key) ? REDACTED : redactSecrets(item, depth + 1);
    }
    return out;
  }
  return value;
}
