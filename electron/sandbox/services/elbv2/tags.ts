import type { Checker } from '../cloudwatch/input';
import type { ElbContext, ElbDeps } from './deps';
import { regionOf } from './deps';
import { duplicateTagKeys, tooManyTags, validationError } from './errors';
import { limitedStrings, newChecker, recordsOf } from './input';
import { findListener, findLoadBalancer, findRule, findTargetGroup } from './lookups';
import type { RegionElb, Tag } from './model';

/** ELB allows 50 tags per resource and 20 resources per AddTags / RemoveTags / DescribeTags (API reference). */
const MAX_TAGS = 50;
const MAX_RESOURCES = 20;

export function readTags(check: Checker, value: unknown): Tag[] | undefined {
  const list = recordsOf(value);
  if (list === undefined) return undefined;
  check.list(list, 'tags', { min: 1, max: MAX_TAGS });
  const tags = list.map((item, index) => {
    const key = check.string(item.Key, `tags.${index + 1}.member.key`, { required: true, min: 1, max: 128, pattern: /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u }) ?? '';
    const tagValue = check.string(item.Value, `tags.${index + 1}.member.value`, { max: 256, pattern: /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u });
    return tagValue === undefined ? { Key: key } : { Key: key, Value: tagValue };
  });
  const seen = new Set<string>();
  for (const tag of tags) {
    if (seen.has(tag.Key)) throw duplicateTagKeys(tag.Key);
    seen.add(tag.Key);
  }
  return tags;
}

/** Merges tags onto a resource, keeping AWS's per-resource quota. */
export function applyTags(region: RegionElb, arn: string, tags: Tag[]): void {
  const merged = new Map((region.tags[arn] ?? []).map((tag) => [tag.Key, tag]));
  for (const tag of tags) merged.set(tag.Key, tag);
  if (merged.size > MAX_TAGS) throw tooManyTags();
  region.tags[arn] = [...merged.values()];
}

/** Finds a taggable resource by the kind its ARN names, with that kind's not-found error. */
export function requireResource(region: RegionElb, arn: string): void {
  if (arn.includes(':loadbalancer/')) findLoadBalancer(region, arn, 'resourceArns');
  else if (arn.includes(':targetgroup/')) findTargetGroup(region, arn, 'resourceArns');
  else if (arn.includes(':listener-rule/')) findRule(region, arn, 'resourceArns');
  else if (arn.includes(':listener/')) findListener(region, arn, 'resourceArns');
  else throw validationError(`'${arn}' is not a valid resource ARN`);
}

function resourceArns(check: Checker, input: Record<string, unknown>): string[] {
  const arns = limitedStrings(check, input.ResourceArns, 'resourceArns', MAX_RESOURCES);
  if (arns === undefined) check.list(undefined, 'resourceArns', { required: true });
  return arns ?? [];
}

export function tagOperations(deps: ElbDeps) {
  return {
    AddTags(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = resourceArns(check, input);
      const tags = readTags(check, input.Tags);
      if (tags === undefined) check.list(undefined, 'tags', { required: true });
      check.done();
      for (const arn of arns) requireResource(region, arn);
      for (const arn of arns) applyTags(region, arn, tags ?? []);
      return {};
    },
    RemoveTags(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = resourceArns(check, input);
      const keys = limitedStrings(check, input.TagKeys, 'tagKeys', MAX_TAGS);
      if (keys === undefined) check.list(undefined, 'tagKeys', { required: true });
      check.done();
      for (const arn of arns) requireResource(region, arn);
      for (const arn of arns) region.tags[arn] = (region.tags[arn] ?? []).filter((tag) => !(keys ?? []).includes(tag.Key));
      return {};
    },
    DescribeTags(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = resourceArns(check, input);
      check.done();
      for (const arn of arns) requireResource(region, arn);
      return { TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: region.tags[arn] ?? [] })) };
    },
  };
}

/** Drops a deleted resource's tags. */
export function forgetTags(region: RegionElb, arn: string): void {
  delete region.tags[arn];
}
