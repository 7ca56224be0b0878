import type { JobKind } from '../../../../../shared/domain/jobs';
import { jobStartSchema, type JobStartInput } from '../../../../../shared/validation/sagemaker';
import { zodFieldErrors, type FieldErrors } from '../../live/field-errors';
import { FLAG_FIELDS, ROW_FIELDS, SCALAR_FIELDS } from './field-specs';

/**
 * What the user typed, as typed: strings (numbers too, so "12a" stays on screen with its message),
 * flags, and rows. Converted to the start input only to validate and send; never rebuilt from a
 * failed answer, so nothing typed is lost.
 */
export interface JobDraft {
  kind: JobKind;
  values: Record<string, string>;
  flags: Record<string, boolean>;
  rows: Record<string, Record<string, string>[]>;
}

export function emptyDraft(kind: JobKind): JobDraft {
  const values: Record<string, string> = Object.fromEntries(SCALAR_FIELDS[kind].map((field) => [field.path, '']));
  Object.assign(values, { instanceType: 'ml.m5.xlarge', instanceCount: '1', volumeSizeGb: '30', maxRuntimeSeconds: '3600' });
  const rows = Object.fromEntries(
    ROW_FIELDS[kind].map((field) => [field.path, field.path === 'metricDefinitions' ? [] : [blankRow(kind, field.path)]]),
  );
  return { kind, values, flags: Object.fromEntries(FLAG_FIELDS.map((flag) => [flag.path, false])), rows };
}

export function blankRow(kind: JobKind, path: string): Record<string, string> {
  const field = ROW_FIELDS[kind].find((candidate) => candidate.path === path);
  return Object.fromEntries((field?.columns ?? []).map((column) => [column.key, '']));
}

const toText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
const mapToText = (map: unknown) =>
  Object.entries((map ?? {}) as Record<string, string>)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');

/** A draft holding a job's start input (clone, template), with the name the caller chose. */
export function draftFromInput(input: JobStartInput, name: string): JobDraft {
  const kind = input.kind;
  const draft = emptyDraft(kind);
  const source = input as unknown as Record<string, unknown>;
  for (const field of SCALAR_FIELDS[kind]) {
    const value = source[field.path];
    draft.values[field.path] = field.kind === 'map' ? mapToText(value) : field.kind === 'lines' ? ((value as string[] | undefined) ?? []).join('\n') : toText(value);
  }
  draft.values.name = name;
  for (const flag of FLAG_FIELDS) draft.flags[flag.path] = Boolean(source[flag.path]);
  for (const field of ROW_FIELDS[kind]) {
    const rows = (source[field.path] as Record<string, unknown>[] | undefined) ?? [];
    draft.rows[field.path] = rows.map((row) => Object.fromEntries(field.columns.map((column) => [column.key, toText(row[column.key])])));
  }
  return draft;
}

function parseMap(text: string, path: string, errors: FieldErrors): Record<string, string> {
  const map: Record<string, string> = {};
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const at = line.indexOf('=');
    if (at <= 0) {
      errors[path] ??= `Line ${index + 1}: write key=value.`;
      return;
    }
    map[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  });
  return map;
}

/** The draft as the start input the schema checks; shape problems of the text boxes go to `errors`. */
export function inputFromDraft(draft: JobDraft, errors: FieldErrors = {}): Record<string, unknown> {
  const input: Record<string, unknown> = { kind: draft.kind, ...draft.flags };
  for (const field of SCALAR_FIELDS[draft.kind]) {
    const text = draft.values[field.path] ?? '';
    if (field.kind === 'number') input[field.path] = text.trim() === '' ? undefined : Number(text);
    else if (field.kind === 'optional') {
      if (text.trim()) input[field.path] = text.trim();
    } else if (field.kind === 'map') input[field.path] = parseMap(text, field.path, errors);
    else if (field.kind === 'lines') input[field.path] = text.split('\n').map((line) => line.trim()).filter(Boolean);
    else input[field.path] = text.trim();
  }
  for (const field of ROW_FIELDS[draft.kind]) {
    input[field.path] = (draft.rows[field.path] ?? []).map((row) =>
      Object.fromEntries(field.columns.filter((column) => !column.optional || row[column.key]?.trim()).map((column) => [column.key, row[column.key]?.trim() ?? ''])),
    );
  }
  return input;
}

/** The same zod schema the host runs: a field-level message before any request is sent. */
export function validateDraft(draft: JobDraft): { input: JobStartInput; errors: FieldErrors } | { input: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const candidate = inputFromDraft(draft, errors);
  const parsed = jobStartSchema.safeParse(candidate);
  if (!parsed.success) return { input: undefined, errors: { ...zodFieldErrors(parsed.error), ...errors } };
  if (Object.keys(errors).length > 0) return { input: undefined, errors };
  // Send what the user wrote (the schema's input form); the host parses and fills defaults itself.
  return { input: candidate as unknown as JobStartInput, errors };
}
