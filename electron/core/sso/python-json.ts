/**
 * JSON exactly as Python's `json.dumps` writes it with default arguments, which is how the AWS CLI
 * writes its SSO cache files: `", "` and `": "` separators, no trailing newline, and every
 * character outside printable ASCII escaped as `\uXXXX` (lower-case hex).
 */
export type PythonJsonValue = string | number | boolean | null | PythonJsonValue[] | { [key: string]: PythonJsonValue };

function escapeString(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function pythonJsonDumps(value: PythonJsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return escapeString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${escapeString(key)}: ${pythonJsonDumps(item)}`)
    .join(', ')}}`;
}

/** The CLI's `strftime("%Y-%m-%dT%H:%M:%SZ")` of a UTC datetime: whole seconds, literal Z. */
export function cliTimestamp(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
