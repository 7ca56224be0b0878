import type { SandboxBus, TaggedResource, TagSource, Where } from '../../types';
import { tagDirectory } from './directory';
import type { TagFilter } from './input';
import type { UntaggedMemory } from './state';

/** Every registered service's resources in one account and region, in ARN order (stable pages). */
export function allResources(bus: SandboxBus, where: Where): TaggedResource[] {
  return tagDirectory(bus)
    .sources()
    .flatMap((source) => source.list(where))
    .sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
}

/** What GetResources lists: resources with tags, and those whose tags the Tagging API removed. */
export function visibleResources(bus: SandboxBus, memory: UntaggedMemory, where: Where): TaggedResource[] {
  return allResources(bus, where).filter((resource) => Object.keys(resource.tags).length > 0 || memory.has(where, resource.arn));
}

export function sourceFor(bus: SandboxBus, service: string): TagSource | undefined {
  return tagDirectory(bus)
    .sources()
    .find((source) => source.service === service);
}

/** `service` matches every type of that service, `service:type` that type only (ResourceTypeFilters). */
export function matchesType(resource: TaggedResource, filters: string[]): boolean {
  if (filters.length === 0) return true;
  return filters.some((filter) => resource.resourceType === filter || (!filter.includes(':') && resource.resourceType.split(':')[0] === filter));
}

/** Every filter must hold; a filter with values wants one of them, without values any value (API reference). */
export function matchesTags(resource: TaggedResource, filters: TagFilter[]): boolean {
  return filters.every((filter) => {
    const value = resource.tags[filter.key];
    return value !== undefined && (filter.values.length === 0 || filter.values.includes(value));
  });
}
