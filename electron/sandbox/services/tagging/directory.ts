import type { SandboxBus, TagDirectory, TagSource } from '../../types';

function createTagDirectory(): TagDirectory {
  const sources: TagSource[] = [];
  return {
    register: (source) => {
      sources.push(source);
    },
    sources: () => sources,
  };
}

/**
 * The bus's tag directory, made by whichever module asks first: services register their sources
 * while they are built, before or after the Tagging module, so build order does not matter.
 */
export function tagDirectory(bus: SandboxBus): TagDirectory {
  return (bus.tags ??= createTagDirectory());
}

export function registerTagSource(bus: SandboxBus, source: TagSource): void {
  tagDirectory(bus).register(source);
}

/** `[{Key, Value}]` lists (most services) to the Tagging API's map, and back. */
export function tagMap(tags: readonly { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
}

export function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
