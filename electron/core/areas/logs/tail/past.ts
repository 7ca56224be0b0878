import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent, LogSearchPage, OlderEvents, ResolvedTarget } from '../../../../../shared/domain/logs';
import { filterPage, filterPages } from './filter-reads';
import { describeGroup } from './group-info';

/** A past range, one page as FilterLogEvents gives it (oldest first); the caller passes nextToken back for more. */
export async function searchPage(
  logs: CloudWatchLogsClient,
  target: ResolvedTarget,
  query: { startTime: number; endTime: number; filterPattern?: string; nextToken?: string; limit: number },
  signal: AbortSignal,
): Promise<LogSearchPage> {
  const group = target.groups[0] as string;
  const range = { startTime: query.startTime, endTime: query.endTime, limit: query.limit, ...(query.filterPattern ? { filterPattern: query.filterPattern } : {}) };
  return filterPage(logs, target, group, range, query.nextToken, signal);
}

/** The first window looked at before `before`; each next one is four times wider (10 s, 40 s, 160 s … about 2 weeks in 9 steps). */
const FIRST_WINDOW_MS = 10_000;
const WIDENING = 4;
const MAX_EVENT_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * "Load older": the newest `limit` events strictly before `before`, oldest first. FilterLogEvents
 * reads forwards only, so windows ending at the oldest time already searched are read whole,
 * newest window first, widening while they come back short; nothing can be older than the group's
 * creation less PutLogEvents' 14-day age limit, so reaching that means `exhausted`.
 */
export async function olderEvents(
  logs: CloudWatchLogsClient,
  target: ResolvedTarget,
  query: { before: number; filterPattern?: string; limit: number },
  signal: AbortSignal,
): Promise<OlderEvents> {
  const infos = await Promise.all(target.groups.map((group) => describeGroup(logs, group, signal)));
  const existing = infos.filter((info) => info !== undefined);
  if (existing.length === 0) return { events: [], exhausted: true };
  // PutLogEvents accepts events up to 14 days old, so a group can hold events from before it was created.
  const floor = Math.max(0, Math.min(...existing.map((info) => info.creationTime ?? 0)) - MAX_EVENT_AGE_MS);
  let collected: LogEvent[] = [];
  let end = query.before - 1;
  let width = FIRST_WINDOW_MS;
  let leftBehind = false;
  while (end >= floor && collected.length < query.limit) {
    const start = Math.max(floor, end - width + 1);
    const window: LogEvent[] = [];
    const range = { startTime: start, endTime: end, ...(query.filterPattern ? { filterPattern: query.filterPattern } : {}) };
    for await (const page of filterPages(logs, target, range, signal)) window.push(...page);
    window.sort((a, b) => a.timestamp - b.timestamp);
    const keep = query.limit - collected.length;
    leftBehind = window.length > keep;
    collected = [...window.slice(Math.max(0, window.length - keep)), ...collected];
    end = start - 1;
    width *= WIDENING;
  }
  return { events: collected, exhausted: end < floor && !leftBehind };
}
