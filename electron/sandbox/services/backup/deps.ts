import type { OperationContext, ServiceEnv } from '../../types';
import { notFound } from './errors';
import type { BackupStore, RegionState, VaultRecord } from './model';
import type { BackupRunner } from './runner';

export interface BackupDeps {
  store: BackupStore;
  env: ServiceEnv;
  runner: BackupRunner;
}

export const regionOf = (deps: BackupDeps, ctx: Pick<OperationContext, 'accountId' | 'region'>): RegionState =>
  deps.store.region({ accountId: ctx.accountId, region: ctx.region }, deps.env.clock.now());

export function requireVault(state: RegionState, name: unknown): VaultRecord {
  const vault = typeof name === 'string' ? state.vaults[name] : undefined;
  if (!vault) throw notFound(`Backup vault ${String(name)} does not exist.`);
  return vault;
}

/** One page of a list: `NextToken` is the index of the next item, opaque to clients. */
export function page<T>(items: T[], input: Record<string, unknown>): { items: T[]; NextToken?: string } {
  const max = Math.min(1000, Math.max(1, Number(input.MaxResults ?? 1000) || 1000));
  const start = typeof input.NextToken === 'string' ? Number.parseInt(Buffer.from(input.NextToken, 'base64url').toString(), 10) || 0 : 0;
  const slice = items.slice(start, start + max);
  const next = start + max < items.length ? Buffer.from(String(start + max)).toString('base64url') : undefined;
  return next === undefined ? { items: slice } : { items: slice, NextToken: next };
}

/** A query-string or JSON timestamp filter as epoch ms (the SDK sends ISO 8601 in the query). */
export function timeFilter(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value * 1000;
  const ms = Date.parse(String(value));
  return Number.isNaN(ms) ? undefined : ms;
}

/** ByCreatedAfter / ByCreatedBefore of the list operations, as one test on a record's creation time. */
export function createdWithin(input: Record<string, unknown>): (record: { createdMs: number }) => boolean {
  const after = timeFilter(input.ByCreatedAfter);
  const before = timeFilter(input.ByCreatedBefore);
  return (r) => (after === undefined || r.createdMs >= after) && (before === undefined || r.createdMs <= before);
}

/** A backup or restore job by id, with AWS Backup's not-found answer. */
export function requireJob<T>(jobs: Record<string, T>, id: unknown, what: 'backup job' | 'restore job'): T {
  const job = typeof id === 'string' ? jobs[id] : undefined;
  if (!job) throw notFound(`Cannot find ${what} with id ${String(id)}`);
  return job;
}
