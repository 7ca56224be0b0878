import type { Tag } from '@aws-sdk/client-sagemaker';
import type { RegionState } from '../base/state';
import type { TagRecord } from '../base/records';

/** Adds or overwrites tags by key, as AddTags does. */
export function putTags(state: RegionState, arn: string, tags: Tag[] | undefined): void {
  if (!tags || tags.length === 0) return;
  const current = state.tags[arn] ?? [];
  for (const tag of tags) {
    const entry: TagRecord = { Key: tag.Key ?? '', Value: tag.Value ?? '' };
    const at = current.findIndex((t) => t.Key === entry.Key);
    if (at >= 0) current[at] = entry;
    else current.push(entry);
  }
  state.tags[arn] = current;
}

export function tagsOf(state: RegionState, arn: string): Tag[] {
  return (state.tags[arn] ?? []).map((t) => ({ Key: t.Key, Value: t.Value }));
}

export function dropTags(state: RegionState, arn: string): void {
  delete state.tags[arn];
}
