import { asList, asRecord, asString } from '../../protocols/values';
import type { Checker } from '../cloudwatch/input';
import { invalidInput, limitExceeded } from './errors';
import type { Tag } from './model';

/** IAM tags: at most 50 per resource, keys 1..128, values 0..256 (IAM API Reference, Tag). */
export const MAX_TAGS = 50;

export function readTags(check: Checker, value: unknown, path = 'tags'): Tag[] {
  const list = check.list(value, path, { max: MAX_TAGS }) ?? [];
  const tags = list.map((item, index) => {
    const record = asRecord(item) ?? {};
    const key = check.string(record.Key, `${path}.${index + 1}.member.key`, { required: true, min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, patternText: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' });
    const tagValue = check.string(record.Value ?? '', `${path}.${index + 1}.member.value`, { max: 256 });
    return { Key: key ?? '', Value: tagValue ?? '' };
  });
  const seen = new Set<string>();
  for (const tag of tags) {
    // Tag keys are case-insensitive in IAM.
    if (seen.has(tag.Key.toLowerCase())) throw invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
    seen.add(tag.Key.toLowerCase());
  }
  return tags;
}

export function readTagKeys(check: Checker, value: unknown): string[] {
  const list = check.list(value, 'tagKeys', { required: true, max: MAX_TAGS }) ?? [];
  return list.map((item, index) => check.string(asString(item), `tagKeys.${index + 1}.member`, { required: true, min: 1, max: 128 }) ?? '');
}

/** Adds or replaces tags (by case-insensitive key) and enforces the per-resource quota. */
export function mergeTags(current: Tag[], added: Tag[]): Tag[] {
  const out = current.filter((tag) => !added.some((a) => a.Key.toLowerCase() === tag.Key.toLowerCase()));
  out.push(...added);
  if (out.length > MAX_TAGS) throw limitExceeded(`Cannot exceed quota for TagsPerRole: ${MAX_TAGS}.`);
  return out;
}

export const removeTags = (current: Tag[], keys: string[]): Tag[] =>
  current.filter((tag) => !keys.some((key) => key.toLowerCase() === tag.Key.toLowerCase()));

export const asStringList = (value: unknown): string[] => (asList(value) ?? []).map((item) => String(item));
