import type { UsageLedger, UsageLevel, Where } from '../../types';

export interface UsageChange {
  at: number;
  levels: UsageLevel[];
}

/** One resource's usage as a step function: each change holds until the next. */
export interface ResourceUsage {
  accountId: string;
  region: string;
  arn: string;
  changes: UsageChange[];
}

const same = (a: UsageLevel[], b: UsageLevel[]) => JSON.stringify(a) === JSON.stringify(b);

/** What SageMaker and S3 reported through `bus.usage`, kept (and persisted) by Cost Explorer. */
export class UsageStore implements UsageLedger {
  private resources = new Map<string, ResourceUsage>();

  record(where: Where, resourceArn: string, levels: UsageLevel[], at: number): void {
    const id = `${where.accountId}|${resourceArn}`;
    let resource = this.resources.get(id);
    if (!resource) {
      if (levels.length === 0) return;
      resource = { accountId: where.accountId, region: where.region, arn: resourceArn, changes: [] };
      this.resources.set(id, resource);
    }
    const { changes } = resource;
    // Reports come in time order, except a seed's replayed history: keep the list sorted.
    let index = changes.length;
    while (index > 0 && (changes[index - 1]?.at ?? 0) > at) index--;
    const before = changes[index - 1];
    if (before && same(before.levels, levels)) return;
    if (before?.at === at) changes[index - 1] = { at, levels: [...levels] };
    else changes.splice(index, 0, { at, levels: [...levels] });
  }

  of(accountId: string): ResourceUsage[] {
    return [...this.resources.values()].filter((r) => r.accountId === accountId);
  }

  snapshot(): unknown {
    return { resources: [...this.resources.values()] };
  }

  restore(state: unknown): void {
    const resources = (state as { resources?: ResourceUsage[] } | undefined)?.resources ?? [];
    this.resources = new Map(resources.map((r) => [`${r.accountId}|${r.arn}`, r]));
  }

  reset(): void {
    this.resources.clear();
  }
}
