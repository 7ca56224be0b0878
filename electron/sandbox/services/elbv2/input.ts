import { asList, asRecord, asString } from '../../protocols/values';
import { Checker } from '../cloudwatch/input';
import { validationError } from './errors';

/** Coral's "N validation errors detected" collector, raised as ELBv2's ValidationError. */
export const newChecker = (): Checker => new Checker(validationError);

/** awsQuery sends an empty list as `Member=` (an empty string); that is a list of nothing. */
export function listOf(value: unknown): unknown[] | undefined {
  if (value === '') return [];
  return asList(value);
}

export function stringsOf(value: unknown): string[] | undefined {
  return listOf(value)?.map((item) => asString(item) ?? '');
}

export function recordsOf(value: unknown): Record<string, unknown>[] | undefined {
  return listOf(value)?.map((item) => asRecord(item) ?? {});
}

/** Names and ids that must be given as a list of at most `max` strings (Names, ResourceArns …). */
export function limitedStrings(check: Checker, value: unknown, path: string, max: number): string[] | undefined {
  const list = stringsOf(value);
  if (list !== undefined) check.list(list, path, { max });
  return list;
}

/** AWS's paging limits for Describe* calls. */
export function readPaging(check: Checker, input: Record<string, unknown>): { marker?: string; pageSize?: number } {
  const pageSize = check.integer(input.PageSize, 'pageSize', { min: 1, max: 400 });
  const marker = asString(input.Marker);
  return { ...(marker !== undefined ? { marker } : {}), ...(pageSize !== undefined ? { pageSize } : {}) };
}
