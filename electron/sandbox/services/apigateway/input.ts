import { badRequest } from './errors';

/** Readers for decoded inputs: JSON members arrive typed, query members as strings (the CLI and SDK agree). */
export type Input = Record<string, unknown>;

export function optString(input: Input, member: string): string | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`Invalid value for ${member}`);
  return value;
}

export function reqString(input: Input, member: string): string {
  const value = optString(input, member);
  if (value === undefined || value === '') throw badRequest(`${member} must not be empty`);
  return value;
}

export function optBool(input: Input, member: string): boolean | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw badRequest(`Invalid value for ${member}`);
}

export function optInt(input: Input, member: string): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number)) throw badRequest(`Invalid value for ${member}`);
  return number;
}

export function optNumber(input: Input, member: string): number | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw badRequest(`Invalid value for ${member}`);
  return number;
}

export function optStringList(input: Input, member: string): string[] | undefined {
  const value = input[member];
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => typeof item === 'string')) throw badRequest(`Invalid value for ${member}`);
  return list as string[];
}

export function stringMap(input: Input, member: string): Record<string, string> {
  return typedMap(input, member, (value) => typeof value === 'string') as Record<string, string>;
}

export function boolMap(input: Input, member: string): Record<string, boolean> {
  return typedMap(input, member, (value) => typeof value === 'boolean') as Record<string, boolean>;
}

function typedMap(input: Input, member: string, ok: (value: unknown) => boolean): Record<string, unknown> {
  const value = input[member];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every(ok)) throw badRequest(`Invalid value for ${member}`);
  return { ...(value as Record<string, unknown>) };
}

/** One of AWS's enum values, or the enum's error wording. */
export function optEnum<T extends string>(input: Input, member: string, allowed: readonly T[]): T | undefined {
  const value = optString(input, member);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw enumError(member, value, allowed);
  return value as T;
}

export function enumError(member: string, value: string, allowed: readonly string[]) {
  return badRequest(`1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`);
}

/** Drops empty maps and lists and undefined members, as API Gateway's answers leave them out. */
export function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out as Partial<T>;
}
