import type { logsRequests } from '../../../../shared/contract/logs';
import type { LogGroupSummary, LogStreamSummary, QueryResults, SavedQuery } from '../../../../shared/domain/logs';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf } from '../../../../electron/core/rpc/handlers';

// Everything but the tail's channels (ack, past search, older events), which logs.ts fakes itself.
type QueryChannels = Exclude<keyof typeof logsRequests, 'logs.ack' | 'logs.search' | 'logs.older'>;

/** What a started query answers: its rows, and how many polls say "Running" before it completes. */
export interface FakeQueryAnswer {
  results: Omit<QueryResults, 'status'>;
  runningPolls?: number;
}

interface RunningQuery {
  query: string;
  answer: FakeQueryAnswer;
  polls: number;
  stopped: boolean;
}

// The first command of a query, as Logs Insights knows them; anything else is refused as AWS does.
const COMMANDS = /^\s*(fields|filter|stats|parse|sort|limit|dedup|display|head|unmask|pattern)\b/;

const EMPTY_ANSWER: FakeQueryAnswer = {
  results: { fields: [], rows: [], statistics: { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 } },
};

/** One page of `items` from the index a token names: tokens are opaque, as AWS's are. */
function page<T>(
  items: readonly T[],
  nextToken: string | undefined,
  limit: number,
): { items: T[]; nextToken?: string } {
  const start = nextToken ? Number(nextToken.replace('page-', '')) : 0;
  const end = start + limit;
  return end < items.length
    ? { items: items.slice(start, end), nextToken: `page-${end}` }
    : { items: items.slice(start) };
}

/**
 * The Logs area's groups, streams, retention, Insights queries and saved queries, in memory, for
 * renderer tests (the tail fake lives beside it in logs.ts, which spreads these handlers). Tests
 * set `groups`, `streams` and `answers` directly and read them back after a change.
 */
export class FakeLogQueries {
  groups: LogGroupSummary[] = [];
  /** Streams by group name, in the order `logs.streams` lists them. */
  streams = new Map<string, LogStreamSummary[]>();
  /** What a query answers, by its exact text; any other valid query matches nothing. */
  answers = new Map<string, FakeQueryAnswer>();
  saved: SavedQuery[] = [];
  /** Every started query, in order. */
  readonly started: { queryId: string; groups: string[]; query: string; startTime: number; endTime: number }[] = [];

  private readonly running = new Map<string, RunningQuery>();
  private nextId = 1;

  readonly requests: Pick<RequestHandlersOf<typeof logsRequests>, QueryChannels> = {
    'logs.groups': async ({ prefix, nextToken, limit }) => {
      const matching = this.groups.filter((group) => !prefix || group.name.startsWith(prefix));
      const { items, nextToken: next } = page(matching, nextToken, limit);
      return next ? { groups: items, nextToken: next } : { groups: items };
    },
    'logs.streams': async ({ group, prefix, nextToken, limit }) => {
      if (!this.groups.some((entry) => entry.name === group)) {
        throw new SageDeckError({
          code: 'ResourceNotFoundException',
          message: 'The specified log group does not exist.',
          retryable: false,
        });
      }
      const matching = (this.streams.get(group) ?? []).filter((stream) => !prefix || stream.name.startsWith(prefix));
      const { items, nextToken: next } = page(matching, nextToken, limit);
      return next ? { streams: items, nextToken: next } : { streams: items };
    },
    'logs.setRetention': async ({ group, days }) => {
      const found = this.groups.find((entry) => entry.name === group);
      if (!found)
        throw new SageDeckError({
          code: 'ResourceNotFoundException',
          message: 'The specified log group does not exist.',
          retryable: false,
        });
      if (days === null) delete found.retentionInDays;
      else found.retentionInDays = days;
      return days === null ? {} : { retentionInDays: days };
    },
    'logs.startQuery': async ({ groups, query, startTime, endTime }) => {
      if (!COMMANDS.test(query)) {
        const word = query.trim().split(/\s+/)[0] ?? '';
        const message = `unexpected symbol found ${word} at line 1 and position 1`;
        // As the core sends it: AWS's compile error tied to the query field.
        throw new SageDeckError({
          code: 'MalformedQueryException',
          message,
          fields: { query: `${message} (at character 1)` },
          retryable: false,
        });
      }
      const queryId = `query-${this.nextId++}`;
      this.started.push({ queryId, groups, query, startTime, endTime });
      this.running.set(queryId, { query, answer: this.answers.get(query) ?? EMPTY_ANSWER, polls: 0, stopped: false });
      return { queryId };
    },
    'logs.queryResults': async ({ queryId }) => {
      const run = this.running.get(queryId);
      if (!run)
        throw new SageDeckError({
          code: 'ResourceNotFoundException',
          message: 'Query does not exist.',
          retryable: false,
        });
      run.polls += 1;
      if (run.stopped) return { ...run.answer.results, status: 'Cancelled' };
      const stillRunning = run.polls <= (run.answer.runningPolls ?? 0);
      // While running, AWS answers the rows found so far: here, none yet.
      if (stillRunning) return { ...EMPTY_ANSWER.results, status: 'Running' };
      return { ...run.answer.results, status: 'Complete' };
    },
    'logs.stopQuery': async ({ queryId }) => {
      const run = this.running.get(queryId);
      if (!run) return { stopped: false };
      run.stopped = true;
      return { stopped: true };
    },
    'logs.listSavedQueries': async () => this.saved.map((entry) => ({ ...entry })),
    'logs.saveQuery': async ({ name, query, groups }) => {
      const existing = this.saved.find((entry) => entry.name === name);
      const saved: SavedQuery = {
        id: existing?.id ?? `saved-${this.nextId++}`,
        name,
        query,
        groups,
        savedAt: '2026-11-26T12:00:00.000Z',
      };
      this.saved = [...this.saved.filter((entry) => entry.id !== saved.id), saved];
      return saved;
    },
    'logs.deleteSavedQuery': async ({ id }) => {
      this.saved = this.saved.filter((entry) => entry.id !== id);
      return { deleted: true };
    },
  };

  /** Polls `logs.queryResults` answered for one query: how often the screen asked. */
  pollsOf(queryId: string): number {
    return this.running.get(queryId)?.polls ?? 0;
  }
}
