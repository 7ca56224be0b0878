import { FilterLogEventsCommand, type CloudWatchLogsClient, type FilteredLogEvent } from '@aws-sdk/client-cloudwatch-logs';
import type { LogEvent, ResolvedTarget } from '../../../../../shared/domain/logs';

export interface ReadRange {
  /** Inclusive, epoch ms. */
  startTime: number;
  /** Inclusive, epoch ms; open-ended when absent. */
  endTime?: number;
  filterPattern?: string;
  /** Events per page (FilterLogEvents allows up to 10,000 and 1 MB). */
  limit?: number;
}

export function fromFiltered(group: string, event: FilteredLogEvent): LogEvent {
  return {
    id: event.eventId ?? '',
    timestamp: event.timestamp ?? 0,
    ...(event.ingestionTime !== undefined ? { ingestionTime: event.ingestionTime } : {}),
    group,
    stream: event.logStreamName ?? '',
    message: event.message ?? '',
  };
}

/** One FilterLogEvents page of one group of the target. */
export async function filterPage(
  logs: CloudWatchLogsClient,
  target: ResolvedTarget,
  group: string,
  range: ReadRange,
  nextToken: string | undefined,
  signal: AbortSignal,
): Promise<{ events: LogEvent[]; nextToken?: string }> {
  const page = await logs.send(
    new FilterLogEventsCommand({
      logGroupName: group,
      // AWS allows stream filters with one group only; resolveTarget never gives several groups streams.
      ...(target.streams ? { logStreamNames: target.streams } : {}),
      ...(target.streamPrefix ? { logStreamNamePrefix: target.streamPrefix } : {}),
      startTime: range.startTime,
      ...(range.endTime !== undefined ? { endTime: range.endTime } : {}),
      ...(range.filterPattern ? { filterPattern: range.filterPattern } : {}),
      limit: range.limit ?? 10_000,
      ...(nextToken ? { nextToken } : {}),
    }),
    { abortSignal: signal },
  );
  return { events: (page.events ?? []).map((event) => fromFiltered(group, event)), ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

/**
 * Every page of the range, one after another with no pause between them (a page boundary is not a
 * reason to wait: the lines are already there). Groups are read in turn; the target kinds the
 * contract has all read one group, so pages arrive in time order.
 */
export async function* filterPages(
  logs: CloudWatchLogsClient,
  target: ResolvedTarget,
  range: ReadRange,
  signal: AbortSignal,
): AsyncGenerator<LogEvent[]> {
  for (const group of target.groups) {
    let nextToken: string | undefined;
    do {
      const page = await filterPage(logs, target, group, range, nextToken, signal);
      nextToken = page.nextToken;
      if (page.events.length > 0) yield page.events;
    } while (nextToken && !signal.aborted);
  }
}
