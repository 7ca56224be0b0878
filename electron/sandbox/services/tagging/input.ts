import { asInt, asList, asRecord, asString, asStringList, asStringMap } from '../../protocols/values';
import { invalidParameter } from './errors';

/**
 * Limits of the Resource Groups Tagging API reference: TagResources / UntagResources take 1–20
 * ARNs, 1–50 tags or keys; GetResources takes up to 50 tag filters of up to 20 values each,
 * ResourcesPerPage 1–100 and a ResourceARNList of 1–100 ARNs; keys are 1–128 characters, values up to 256.
 */
export const LIMITS = { arnsPerCall: 20, tagsPerCall: 50, filters: 50, valuesPerFilter: 20, perPage: 100, arnList: 100, tagsPerResource: 50 } as const;

/** `arn:partition:service:region:account:resource`, the shape an AmazonResourceName must have. */
const ARN = /^arn:aws[a-z-]*:([a-z0-9-]+):([a-z0-9-]*):(\d{12})?:(.+)$/;

export interface ParsedArn {
  arn: string;
  service: string;
  region: string;
  account: string;
}

export function parseArn(arn: string): ParsedArn {
  const match = ARN.exec(arn);
  if (!match) throw invalidParameter(`${arn} is not a valid AmazonResourceName (ARN)`);
  return { arn, service: match[1] as string, region: match[2] as string, account: match[3] ?? '' };
}

export function arnList(input: Record<string, unknown>, member: string, max: number, required: boolean): string[] | undefined {
  const arns = asStringList(input[member]);
  if (arns === undefined || arns.length === 0) {
    if (required) throw invalidParameter(`${member} must contain between 1 and ${max} ARNs`);
    return undefined;
  }
  if (arns.length > max) throw invalidParameter(`${member} must contain between 1 and ${max} ARNs`);
  for (const arn of arns) parseArn(arn);
  return arns;
}

function checkKey(key: string): void {
  if (key.length < 1 || key.length > 128) throw invalidParameter(`Tag key '${key}' must be between 1 and 128 characters long`);
  // The aws: prefix belongs to AWS (tagging rules of the Tagging API and every service).
  if (key.toLowerCase().startsWith('aws:')) throw invalidParameter(`Tag keys starting with 'aws:' are reserved for use by AWS: ${key}`);
}

export function tagsInput(input: Record<string, unknown>): Record<string, string> {
  const tags = asStringMap(input.Tags);
  const count = tags ? Object.keys(tags).length : 0;
  if (!tags || count === 0 || count > LIMITS.tagsPerCall) throw invalidParameter(`Tags must contain between 1 and ${LIMITS.tagsPerCall} tags`);
  for (const [key, value] of Object.entries(tags)) {
    checkKey(key);
    if (value.length > 256) throw invalidParameter(`Tag value of '${key}' must be at most 256 characters long`);
  }
  return tags;
}

export function tagKeysInput(input: Record<string, unknown>): string[] {
  const keys = asStringList(input.TagKeys);
  if (!keys || keys.length === 0 || keys.length > LIMITS.tagsPerCall) throw invalidParameter(`TagKeys must contain between 1 and ${LIMITS.tagsPerCall} keys`);
  for (const key of keys) checkKey(key);
  return keys;
}

export interface TagFilter {
  key: string;
  values: string[];
}

export function tagFilters(input: Record<string, unknown>): TagFilter[] {
  const list = asList(input.TagFilters) ?? [];
  if (list.length > LIMITS.filters) throw invalidParameter(`TagFilters can contain at most ${LIMITS.filters} keys`);
  return list.map((item) => {
    const record = asRecord(item) ?? {};
    const key = asString(record.Key);
    if (key === undefined || key.length < 1 || key.length > 128) throw invalidParameter('Each TagFilter needs a Key of 1 to 128 characters');
    const values = asStringList(record.Values) ?? [];
    if (values.length > LIMITS.valuesPerFilter) throw invalidParameter(`A TagFilter can have at most ${LIMITS.valuesPerFilter} values`);
    return { key, values };
  });
}

export function perPage(input: Record<string, unknown>, member: string, max: number): number | undefined {
  if (input[member] === undefined) return undefined;
  const value = asInt(input[member]);
  if (value === undefined || value < 1 || value > max) throw invalidParameter(`${member} must be between 1 and ${max}`);
  return value;
}
