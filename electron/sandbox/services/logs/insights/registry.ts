import { randomUUID } from 'node:crypto';
import type { QueryStatus } from '@aws-sdk/client-cloudwatch-logs';
import type { Where } from '../model';
import type { Query } from './ast';
import { queryNotFound, tooManyQueries } from './errors';
import type { QueryOutcome } from './run';

/** AWS's quota of concurrently running Logs Insights (CWLI) queries per account and Region. */
export const MAX_CONCURRENT_QUERIES = 100;

/** How long a query runs on the sandbox clock before it completes without being read. */
export const RUN_MS = 1000;

export interface QueryRecord {
  queryId: string;
  queryString: string;
  query: Query;
  groups: { where: Where; name: string }[];
  startMs: number;
  endMs: number;
  limit: number;
  createTime: number;
  userIdentity: string;
  status: QueryStatus;
  outcome?: QueryOutcome;
  durationMs?: number;
}

/**
 * The Insights queries of every (account, region), in memory only: results do not survive a
 * restart of the sandbox, and a reset forgets them.
 */
export class QueryRegistry {
  private regions = new Map<string, Map<string, QueryRecord>>();

  constructor(private readonly evaluate: (record: QueryRecord) => QueryOutcome) {}

  private queries(where: Where): Map<string, QueryRecord> {
    const key = `${where.accountId}/${where.region}`;
    let map = this.regions.get(key);
    if (!map) {
      map = new Map();
      this.regions.set(key, map);
    }
    return map;
  }

  /** Completes every running query whose run time has passed on the clock. */
  private settle(where: Where, now: number): void {
    for (const record of this.queries(where).values()) {
      if (record.status === 'Running' && now - record.createTime >= RUN_MS) this.complete(record, now);
    }
  }

  complete(record: QueryRecord, now: number): void {
    record.outcome = this.evaluate(record);
    record.status = 'Complete';
    record.durationMs = now - record.createTime;
  }

  start(where: Where, record: Omit<QueryRecord, 'queryId' | 'status'>, now: number): QueryRecord {
    this.settle(where, now);
    const running = [...this.queries(where).values()].filter((query) => query.status === 'Running').length;
    if (running >= MAX_CONCURRENT_QUERIES) throw tooManyQueries(MAX_CONCURRENT_QUERIES);
    const created: QueryRecord = { ...record, queryId: randomUUID(), status: 'Running' };
    this.queries(where).set(created.queryId, created);
    return created;
  }

  get(where: Where, queryId: string, now: number): QueryRecord {
    this.settle(where, now);
    const record = this.queries(where).get(queryId);
    if (!record) throw queryNotFound();
    return record;
  }

  list(where: Where, now: number): QueryRecord[] {
    this.settle(where, now);
    return [...this.queries(where).values()].sort((a, b) => b.createTime - a.createTime);
  }

  reset(): void {
    this.regions = new Map();
  }
}
