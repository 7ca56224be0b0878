/** Raised for input the model container would reject; the runtime turns it into a ModelError. */
export class PayloadError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

function toNumber(cell: string): number {
  const value = Number(cell.trim());
  if (cell.trim() === '' || !Number.isFinite(value)) throw new PayloadError(`could not convert string to float: '${cell.trim()}'`);
  return value;
}

export function parseCsv(body: string): number[][] {
  const rows = body
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map(toNumber));
  if (rows.length === 0) throw new PayloadError('Unable to evaluate payload provided: the CSV body is empty');
  return rows;
}

function numberRow(value: unknown): number[] {
  const features = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { features?: unknown }).features : undefined;
  if (!Array.isArray(features)) throw new PayloadError('Each instance must be an array of numbers or an object with a "features" array');
  return features.map((f) => (typeof f === 'number' ? f : toNumber(String(f))));
}

/** Accepts {"instances": [...]}, {"features": [...]} or a bare array of rows. */
export function parseJson(body: string): number[][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new PayloadError('Unable to parse the JSON payload');
  }
  if (Array.isArray(parsed)) return parsed.map(numberRow);
  if (parsed && typeof parsed === 'object') {
    const { instances, features } = parsed as { instances?: unknown; features?: unknown };
    if (Array.isArray(instances)) return instances.map(numberRow);
    if (Array.isArray(features)) return [numberRow(parsed)];
  }
  throw new PayloadError('Expected {"instances": [...]} or {"features": [...]}');
}

export type Format = 'text/csv' | 'application/json';

/** The media type without parameters (`text/csv; charset=utf-8` → `text/csv`), or undefined. */
export function formatOf(header: string | undefined): Format | undefined | 'unsupported' {
  if (!header || header.trim() === '' || header.trim() === '*/*') return undefined;
  const type = (header.split(';')[0] ?? '').trim().toLowerCase();
  return type === 'text/csv' || type === 'application/json' ? type : 'unsupported';
}

export function render(format: Format, scores: number[]): string {
  return format === 'text/csv' ? scores.join('\n') : JSON.stringify({ predictions: scores.map((score) => ({ score, predicted_label: score >= 0.5 ? 1 : 0 })) });
}
