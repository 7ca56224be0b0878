import type {
  DescribeQueriesResponse,
  GetQueryResultsResponse,
  QueryInfo,
  StartQueryResponse,
  StopQueryResponse,
} from '@aws-sdk/client-cloudwatch-logs';
import type { OperationContext } from '../../../types';
import { parseGroupIdentifier } from '../arns';
import { groupNotFound, invalidParameter } from '../errors';
import { paginate } from '../pagination';
import { whereOf } from '../resolve';
import type { LogsStore } from '../store';
import { InputReader, LOG_GROUP_IDENTIFIER, LOG_GROUP_NAME, NEXT_TOKEN } from '../validate';
import { malformedQuery, QuerySyntaxError, queryNotRunning } from './errors';
import { parseQuery } from './parser';
import { QueryRegistry, type QueryRecord } from './registry';
import { runQuery } from './run';
import type { SourceEvent } from './records';

type Input = Record<string, unknown>;

const STATUSES = ['Scheduled', 'Running', 'Complete', 'Failed', 'Cancelled', 'Timeout', 'Unknown'] as const;
const QUERY_ID = { min: 1, max: 256 } as const;
const DEFAULT_LIMIT = 10_000;

function compile(queryString: string) {
  try {
    return parseQuery(queryString);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw malformedQuery(error);
    throw error;
  }
}

/** The events of the query's groups in its (inclusive, whole-second) time range, as they are now. */
function eventsOf(store: LogsStore, record: QueryRecord): SourceEvent[] {
  const events: SourceEvent[] = [];
  for (const { where, name } of record.groups) {
    const group = store.findGroup(where, name);
    if (!group) continue;
    for (const stream of group.streams.values()) {
      for (const event of stream.events) {
        if (event.timestamp >= record.startMs && event.timestamp <= record.endMs)
          events.push({ ...where, group: name, stream: stream.name, event });
      }
    }
  }
  return events;
}

function resolveGroups(
  store: LogsStore,
  ctx: OperationContext,
  name?: string,
  names?: string[],
  identifiers?: string[],
): { where: { accountId: string; region: string }; name: string }[] {
  const given = [name, names, identifiers].filter((value) => value !== undefined).length;
  if (given !== 1)
    throw invalidParameter('Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.');
  const caller = whereOf(ctx);
  const references = identifiers
    ? identifiers.map((identifier) => {
        const reference = parseGroupIdentifier(identifier, caller);
        if (!reference || reference.wildcardSuffix)
          throw invalidParameter(`Invalid log group identifier: ${identifier}`);
        return { where: reference.where, name: reference.name };
      })
    : (names ?? [name as string]).map((groupName) => ({ where: caller, name: groupName }));
  for (const reference of references) if (!store.findGroup(reference.where, reference.name)) throw groupNotFound();
  return references;
}

export function insightsOperations(store: LogsStore) {
  const registry = new QueryRegistry((record) =>
    runQuery(record.query, eventsOf(store, record), record.groups.length, record.limit),
  );

  return {
    registry,
    operations: {
      StartQuery(input: Input, ctx: OperationContext): StartQueryResponse {
        const reader = new InputReader(input);
        const language = reader.string('queryLanguage', { enum: ['CWLI', 'SQL', 'PPL'] });
        const name = reader.string('logGroupName', LOG_GROUP_NAME);
        const names = reader.stringList('logGroupNames', { min: 1, max: 50, item: LOG_GROUP_NAME });
        const identifiers = reader.stringList('logGroupIdentifiers', { min: 1, max: 50, item: LOG_GROUP_IDENTIFIER });
        const startTime = reader.integer('startTime', { required: true, min: 0 }) as number;
        const endTime = reader.integer('endTime', { required: true, min: 0 }) as number;
        const queryString = reader.string('queryString', { required: true, min: 0, max: 10_000 }) as string;
        const limit = reader.integer('limit', { min: 1, max: 100_000 }) ?? DEFAULT_LIMIT;
        reader.done();
        if (language !== undefined && language !== 'CWLI')
          throw invalidParameter(
            `The sandbox does not emulate ${language} queries; use the Logs Insights query language (CWLI).`,
          );
        if (endTime < startTime) throw invalidParameter('endTime must be greater than or equal to startTime');
        const groups = resolveGroups(store, ctx, name, names, identifiers);
        const query = compile(queryString);
        const now = ctx.clock.now();
        const record = registry.start(
          whereOf(ctx),
          {
            queryString,
            query,
            groups,
            startMs: startTime * 1000,
            endMs: endTime * 1000 + 999,
            limit,
            createTime: now,
            userIdentity: ctx.caller.arn,
          },
          now,
        );
        return { queryId: record.queryId };
      },

      GetQueryResults(input: Input, ctx: OperationContext): GetQueryResultsResponse {
        const reader = new InputReader(input);
        const queryId = reader.string('queryId', { required: true, ...QUERY_ID }) as string;
        const maxItems = reader.integer('maxItems', { min: 0, max: 10_000 });
        const token = reader.string('nextToken', { max: 1024 });
        reader.done();
        const now = ctx.clock.now();
        const record = registry.get(whereOf(ctx), queryId, now);
        // Reading a running query completes it: the sandbox evaluates in one go, on demand.
        if (record.status === 'Running') registry.complete(record, now);
        const outcome = record.outcome;
        const response: GetQueryResultsResponse = { queryLanguage: 'CWLI', status: record.status };
        if (!outcome)
          return { ...response, results: [], statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 } };
        const page = paginate(outcome.results, maxItems || outcome.results.length || 1, token, `query:${queryId}`);
        return {
          ...response,
          results: page.page,
          statistics: outcome.statistics,
          ...(page.nextToken ? { nextToken: page.nextToken } : {}),
        };
      },

      StopQuery(input: Input, ctx: OperationContext): StopQueryResponse {
        const reader = new InputReader(input);
        const queryId = reader.string('queryId', { required: true, ...QUERY_ID }) as string;
        reader.done();
        const record = registry.get(whereOf(ctx), queryId, ctx.clock.now());
        if (record.status !== 'Running' && record.status !== 'Scheduled') throw queryNotRunning();
        record.status = 'Cancelled';
        return { success: true };
      },

      DescribeQueries(input: Input, ctx: OperationContext): DescribeQueriesResponse {
        const reader = new InputReader(input);
        const groupName = reader.string('logGroupName', LOG_GROUP_NAME);
        const status = reader.string('status', { enum: STATUSES });
        const maxResults = reader.integer('maxResults', { min: 1, max: 1000 }) ?? 1000;
        const token = reader.string('nextToken', NEXT_TOKEN);
        const language = reader.string('queryLanguage', { enum: ['CWLI', 'SQL', 'PPL'] });
        reader.done();
        const where = whereOf(ctx);
        const matching = registry
          .list(where, ctx.clock.now())
          .filter((record) => groupName === undefined || record.groups.some((group) => group.name === groupName))
          .filter((record) => status === undefined || record.status === status)
          .filter(() => language === undefined || language === 'CWLI');
        const page = paginate(matching, maxResults, token, `queries:${where.accountId}:${where.region}`);
        const queries: QueryInfo[] = page.page.map((record) => ({
          queryLanguage: 'CWLI',
          queryId: record.queryId,
          queryString: record.queryString,
          status: record.status,
          createTime: record.createTime,
          logGroupName: record.groups[0]?.name,
          ...(record.durationMs !== undefined ? { queryDuration: record.durationMs } : {}),
          ...(record.outcome ? { bytesScanned: record.outcome.statistics.bytesScanned } : {}),
          userIdentity: record.userIdentity,
        }));
        return { queries, ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
      },
    },
  };
}
