import type { SandboxBus, UsageLevel } from '../../types';
import type { ResourceUsage } from './ledger';
import { days, hoursInMonthOf, type Period } from './periods';
import { priced, unitsUsed } from './pricing';

/** One resource's usage of one usage type within a window: what Cost Explorer adds up. */
export interface CostLine {
  service: string;
  usageType: string;
  region: string;
  accountId: string;
  arn: string;
  tags: Record<string, string>;
  cost: number;
  quantity: number;
  unit: string;
  kind: UsageLevel['kind'];
}

export type TagLookup = (line: { accountId: string; region: string; arn: string }) => Record<string, string>;

/**
 * A resource's tags as they are now (AWS applies today's tags to the whole period too): through the
 * Tagging directory (`bus.tags`) when the resource's service is registered there, else through the
 * services' own readers (`bus.resourceTags`).
 */
export function tagLookup(bus: Pick<SandboxBus, 'tags' | 'resourceTags'>): TagLookup {
  return ({ accountId, region, arn }) => {
    const where = { accountId, region };
    const source = bus.tags?.sources().find((s) => s.service === arn.split(':')[2]);
    if (source) {
      try {
        return source.read(where, arn);
      } catch {
        // Gone since it ran (a deleted endpoint still has its cost): no tags, as AWS shows it.
        return {};
      }
    }
    for (const reader of Object.values(bus.resourceTags ?? {})) {
      const tags = reader.tagsOf(where, arn);
      if (tags) return tags;
    }
    return {};
  };
}

function addLevel(out: Map<string, CostLine>, resource: ResourceUsage, tags: Record<string, string>, level: UsageLevel, window: Period): void {
  const p = priced(level, resource.region);
  let quantity = 0;
  for (const day of days(window.startMs, window.endMs)) {
    const hours = (day.endMs - day.startMs) / 3_600_000;
    quantity += unitsUsed(level, hours, hoursInMonthOf(day.startMs));
  }
  const id = `${resource.arn}|${p.usageType}`;
  const line = out.get(id) ?? { service: p.service, usageType: p.usageType, region: resource.region, accountId: resource.accountId, arn: resource.arn, tags, cost: 0, quantity: 0, unit: p.unit, kind: level.kind };
  line.quantity += quantity;
  line.cost += quantity * p.price;
  out.set(id, line);
}

/** Cost lines of [window.startMs, window.endMs), never past `nowMs` (nothing is billed ahead). */
export function costLines(resources: ResourceUsage[], window: Period, nowMs: number, tagsOf: TagLookup): CostLine[] {
  const endMs = Math.min(window.endMs, nowMs);
  const out = new Map<string, CostLine>();
  for (const resource of resources) {
    const tags = tagsOf(resource);
    resource.changes.forEach((change, i) => {
      const from = Math.max(change.at, window.startMs);
      const to = Math.min(resource.changes[i + 1]?.at ?? Infinity, endMs);
      if (to <= from) return;
      for (const level of change.levels) addLevel(out, resource, tags, level, { startMs: from, endMs: to });
    });
  }
  return [...out.values()];
}

/** What each resource uses right now (its last change), for the forecast. */
export function currentLevels(resources: ResourceUsage[], nowMs: number): { resource: ResourceUsage; levels: UsageLevel[] }[] {
  return resources.map((resource) => {
    const current = resource.changes.filter((c) => c.at <= nowMs).at(-1);
    return { resource, levels: current?.levels ?? [] };
  });
}
