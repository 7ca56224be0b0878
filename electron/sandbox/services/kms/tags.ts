import type { ListResourceTagsResponse } from '@aws-sdk/client-kms';
import { asList, asRecord, asString, asStringList } from '../../protocols/values';
import type { OperationHandler } from '../../types';
import { offsetPage } from '../tagging/offset-pages';
import { regionOf } from './deps';
import { invalidMarker, tagError, tooManyTags, validation } from './errors';
import { intInRange } from './key-operations';
import { findKey, refusePendingDeletion } from './key-ref';
import type { KeyRecord, KmsStore } from './model';

/** A key holds at most 50 tags; keys 1–128 characters, values up to 256; `aws:` is AWS's (KMS developer guide, tagging keys). */
export const MAX_TAGS = 50;

export function checkTagKey(key: string): void {
  if (key.length < 1 || key.length > 128) throw validation(`1 validation error detected: Value '${key}' at 'tagKey' failed to satisfy constraint: Member must have length between 1 and 128`);
  if (key.toLowerCase().startsWith('aws:')) throw tagError('Tags beginning with aws: are reserved.');
}

/** `Tags` of CreateKey / TagResource: `[{TagKey, TagValue}]`. */
export function readKmsTags(value: unknown, required: boolean): KeyRecord['tags'] {
  const list = asList(value);
  if (list === undefined && required) throw validation("1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null");
  const tags = (list ?? []).map((item) => {
    const record = asRecord(item) ?? {};
    const TagKey = asString(record.TagKey) ?? '';
    const TagValue = asString(record.TagValue);
    checkTagKey(TagKey);
    if (TagValue === undefined) throw validation("1 validation error detected: Value null at 'tags.1.member.tagValue' failed to satisfy constraint: Member must not be null");
    if (TagValue.length > 256) throw validation(`1 validation error detected: Value at 'tagValue' failed to satisfy constraint: Member must have length less than or equal to 256`);
    return { TagKey, TagValue };
  });
  if (tags.length > MAX_TAGS) throw tooManyTags();
  return tags;
}

/** Replaces the key's tags with a map (the Tagging API writes through this too). */
export function setKeyTags(key: KeyRecord, tags: Record<string, string>): void {
  key.tags = Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}

export function keyTagMap(key: KeyRecord): Record<string, string> {
  return Object.fromEntries(key.tags.map((tag) => [tag.TagKey, tag.TagValue]));
}

export function tagOperations(store: KmsStore): Record<string, OperationHandler> {
  return {
    TagResource(input, ctx) {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      const tags = readKmsTags(input.Tags, true);
      refusePendingDeletion(key);
      const merged = { ...keyTagMap(key), ...Object.fromEntries(tags.map((tag) => [tag.TagKey, tag.TagValue])) };
      if (Object.keys(merged).length > MAX_TAGS) throw tooManyTags();
      setKeyTags(key, merged);
      return {};
    },
    UntagResource(input, ctx) {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      const keys = asStringList(input.TagKeys);
      if (!keys || keys.length === 0) throw validation("1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
      refusePendingDeletion(key);
      key.tags = key.tags.filter((tag) => !keys.includes(tag.TagKey));
      return {};
    },
    ListResourceTags(input, ctx): ListResourceTagsResponse {
      const key = findKey(regionOf(store, ctx), input.KeyId, { aliases: false });
      const limit = intInRange(input, 'Limit', 'limit', 1, 50) ?? 50;
      const page = offsetPage(`ListResourceTags:${key.id}`, key.tags, asString(input.Marker), limit, invalidMarker);
      return { Tags: page.items, Truncated: page.next !== undefined, ...(page.next ? { NextMarker: page.next } : {}) };
    },
  };
}
