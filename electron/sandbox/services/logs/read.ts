import type { FilteredLogEvent, FilterLogEventsResponse, GetLogEventsResponse, OutputLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import type { OperationContext } from '../../types';
import { compareToKey, decodeKey, encodeKey, eventId, type EventKey } from './event-keys';
import { invalidParameter, invalidToken } from './errors';
import { compileFilterPattern, FilterPatternError, type MessageMatcher } from './filter-pattern';
import type { StoredEvent, StreamState } from './model';
import { resolveGroup } from './resolve';
import { utf8Length, type LogsStore } from './store';
import { FILTER_PATTERN, InputReader, LOG_GROUP_IDENTIFIER, LOG_GROUP_NAME, LOG_STREAM_NAME, NEXT_TOKEN } from './validate';

type Input = Record<string, unknown>;

const MAX_EVENTS = 10_000;
const MAX_RESPONSE_BYTES = 1_048_576;
const EVENT_OVERHEAD_BYTES = 26;

export function compilePatternOrThrow(pattern: string | undefined): MessageMatcher {
  try {
    return compileFilterPattern(pattern);
  } catch (error) {
    if (error instanceof FilterPatternError) throw invalidParameter(error.message);
    throw error;
  }
}

/** Takes events from the front (or back) until the count or the 1 MB response size is reached. */
function takeWithinBudget<T extends { message: string }>(events: T[], limit: number, fromEnd: boolean): T[] {
  const taken: T[] = [];
  let bytes = 0;
  for (let i = 0; i < events.length && taken.length < limit; i++) {
    const event = events[fromEnd ? events.length - 1 - i : i] as T;
    bytes += utf8Length(event.message) + EVENT_OVERHEAD_BYTES;
    if (bytes > MAX_RESPONSE_BYTES && taken.length > 0) break;
    taken.push(event);
  }
  return fromEnd ? taken.reverse() : taken;
}

function parseStreamToken(token: string): { forward: boolean; key: EventKey } {
  const match = /^([fb])\/(\d{56})$/.exec(token);
  const key = match ? decodeKey(match[2] as string) : null;
  if (!match || !key) throw invalidToken();
  return { forward: match[1] === 'f', key };
}

const output = (event: StoredEvent): OutputLogEvent => ({ timestamp: event.timestamp, message: event.message, ingestionTime: event.ingestionTime });

/**
 * GetLogEvents paging, as AWS does it: `f/` tokens read on after a position, `b/` tokens read
 * back before one, and once a direction is exhausted the same token comes back.
 */
function pageStream(stream: StreamState, range: { start?: number; end?: number }, limit: number, startFromHead: boolean, token: string | undefined): GetLogEventsResponse {
  const inRange = stream.events.filter((event) => (range.start === undefined || event.timestamp >= range.start) && (range.end === undefined || event.timestamp < range.end));
  let page: StoredEvent[];
  let parsed: { forward: boolean; key: EventKey } | undefined;
  if (token !== undefined) {
    parsed = parseStreamToken(token);
    const { forward, key } = parsed;
    page = forward
      ? takeWithinBudget(inRange.filter((event) => compareToKey(event, key) > 0), limit, false)
      : takeWithinBudget(inRange.filter((event) => compareToKey(event, key) < 0), limit, true);
  } else {
    page = takeWithinBudget(inRange, limit, !startFromHead);
  }
  const first = page[0];
  const last = page[page.length - 1];
  if (first && last) {
    return { events: page.map(output), nextForwardToken: `f/${encodeKey(last)}`, nextBackwardToken: `b/${encodeKey(first)}` };
  }
  if (parsed) {
    const { key } = parsed;
    return parsed.forward
      ? { events: [], nextForwardToken: token, nextBackwardToken: `b/${encodeKey({ timestamp: key.timestamp, seq: key.seq + 1 })}` }
      : { events: [], nextForwardToken: `f/${encodeKey({ timestamp: key.timestamp, seq: key.seq - 1 })}`, nextBackwardToken: token };
  }
  const origin = encodeKey({ timestamp: range.start ?? 0, seq: 0 });
  return { events: [], nextForwardToken: `f/${origin}`, nextBackwardToken: `b/${origin}` };
}

interface FilterToken {
  timestamp: number;
  ingestionTime: number;
  seq: number;
}

function decodeFilterToken(token: string, scope: string): FilterToken {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { k?: unknown; s?: unknown };
    const key = decoded.k;
    if (decoded.s !== scope || !Array.isArray(key) || key.length !== 3 || !key.every((part) => typeof part === 'number')) throw new Error('bad token');
    return { timestamp: key[0] as number, ingestionTime: key[1] as number, seq: key[2] as number };
  } catch {
    throw invalidToken();
  }
}

const encodeFilterToken = (event: StoredEvent, scope: string) =>
  Buffer.from(JSON.stringify({ k: [event.timestamp, event.ingestionTime, event.seq], s: scope }), 'utf8').toString('base64url');

// FilterLogEvents orders by event time, then ingestion time, then ingestion order.
/** Index of the first event at or after `timestamp` in a time-ordered list (binary search). */
function firstAtOrAfter(events: StoredEvent[], timestamp: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid] as StoredEvent).timestamp < timestamp) low = mid + 1;
    else high = mid;
  }
  return low;
}

const filterOrder = (a: FilterToken, b: FilterToken) => a.timestamp - b.timestamp || a.ingestionTime - b.ingestionTime || a.seq - b.seq;

export function readOperations(store: LogsStore) {
  return {
    GetLogEvents(input: Input, ctx: OperationContext): GetLogEventsResponse {
      const reader = new InputReader(input);
      const groupName = reader.string('logGroupName', LOG_GROUP_NAME);
      const identifier = reader.string('logGroupIdentifier', LOG_GROUP_IDENTIFIER);
      const streamName = reader.string('logStreamName', { required: true, ...LOG_STREAM_NAME }) as string;
      const start = reader.integer('startTime', { min: 0 });
      const end = reader.integer('endTime', { min: 0 });
      const limit = reader.integer('limit', { min: 1, max: MAX_EVENTS }) ?? MAX_EVENTS;
      const startFromHead = reader.boolean('startFromHead') ?? false;
      const token = reader.string('nextToken', NEXT_TOKEN);
      reader.boolean('unmask');
      reader.done();
      const { group } = resolveGroup(store, ctx, groupName, identifier);
      return pageStream(store.stream(group, streamName), { start, end }, limit, startFromHead, token);
    },

    FilterLogEvents(input: Input, ctx: OperationContext): FilterLogEventsResponse {
      const reader = new InputReader(input);
      const groupName = reader.string('logGroupName', LOG_GROUP_NAME);
      const identifier = reader.string('logGroupIdentifier', LOG_GROUP_IDENTIFIER);
      const streamNames = reader.stringList('logStreamNames', { min: 1, max: 100, item: LOG_STREAM_NAME });
      const prefix = reader.string('logStreamNamePrefix', LOG_STREAM_NAME);
      const start = reader.integer('startTime', { min: 0 });
      const end = reader.integer('endTime', { min: 0 });
      const pattern = reader.string('filterPattern', FILTER_PATTERN);
      const limit = reader.integer('limit', { min: 1, max: MAX_EVENTS }) ?? MAX_EVENTS;
      const token = reader.string('nextToken', NEXT_TOKEN);
      // Deprecated: results are always interleaved across streams.
      reader.boolean('interleaved');
      reader.boolean('unmask');
      reader.done();
      if (streamNames && prefix !== undefined) {
        throw invalidParameter('logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
      }
      const { where, group } = resolveGroup(store, ctx, groupName, identifier);
      const matcher = compilePatternOrThrow(pattern);
      const streams = [...group.streams.values()]
        .filter((stream) => !streamNames || streamNames.includes(stream.name))
        .filter((stream) => prefix === undefined || stream.name.startsWith(prefix))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

      const scope = `filter:${where.accountId}:${where.region}:${group.name}`;
      const after = token !== undefined ? decodeFilterToken(token, scope) : undefined;
      const matched: (StoredEvent & { stream: string })[] = [];
      const from = Math.max(start ?? 0, after?.timestamp ?? 0);
      for (const stream of streams) {
        // A stream's events are in time order: start at the first one in range, stop after the
        // end, and take no more than one page (plus one, to know a next page exists) from each.
        let taken = 0;
        for (let i = firstAtOrAfter(stream.events, from); i < stream.events.length && taken <= limit; i++) {
          const event = stream.events[i] as StoredEvent;
          if (end !== undefined && event.timestamp > end) break;
          if (after && filterOrder(event, after) <= 0) continue;
          if (matcher(event.message)) {
            matched.push({ ...event, stream: stream.name });
            taken++;
          }
        }
      }
      matched.sort(filterOrder);
      const page = takeWithinBudget(matched, limit, false);
      const events: FilteredLogEvent[] = page.map((event) => ({
        logStreamName: event.stream,
        timestamp: event.timestamp,
        message: event.message,
        ingestionTime: event.ingestionTime,
        eventId: eventId(event),
      }));
      const response: FilterLogEventsResponse = {
        events,
        searchedLogStreams: streams.map((stream) => ({ logStreamName: stream.name, searchedCompletely: true })),
      };
      const last = page[page.length - 1];
      if (last && page.length < matched.length) response.nextToken = encodeFilterToken(last, scope);
      return response;
    },
  };
}
