import type { TagFilter } from '../../../../../shared/domain/tags';

/** Whether `tags` carry every filter: a key alone matches any value of that key. */
export function matchesTags(tags: Readonly<Record<string, string>>, filters: readonly TagFilter[]): boolean {
  return filters.every((filter) => filter.key in tags && (filter.value === undefined || tags[filter.key] === filter.value));
}
