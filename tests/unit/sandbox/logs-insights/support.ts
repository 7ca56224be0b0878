import { parseQuery } from '../../../../electron/sandbox/services/logs/insights/parser';
import type { SourceEvent } from '../../../../electron/sandbox/services/logs/insights/records';
import { runQuery } from '../../../../electron/sandbox/services/logs/insights/run';

/** 2024-05-01 12:00:00 UTC, a round base so expected timestamps read plainly. */
export const T0 = Date.UTC(2024, 4, 1, 12, 0, 0);

let seq = 0;
export function event(
  offsetMs: number,
  message: string,
  stream = 'algo-1',
  group = '/aws/sagemaker/TrainingJobs',
): SourceEvent {
  seq++;
  return {
    accountId: '123456789012',
    region: 'us-east-1',
    group,
    stream,
    event: { timestamp: T0 + offsetMs, message, ingestionTime: T0 + offsetMs + 5, seq },
  };
}

/** Runs a query and answers its rows as plain objects without `@ptr`, easy to compare. */
export function rows(query: string, events: SourceEvent[], limit = 10_000): Record<string, string>[] {
  return runQuery(parseQuery(query), events, 1, limit).results.map((fields) =>
    Object.fromEntries(
      fields.filter((field) => field.field !== '@ptr').map((field) => [field.field as string, field.value as string]),
    ),
  );
}

export const run = (query: string, events: SourceEvent[], limit = 10_000) =>
  runQuery(parseQuery(query), events, 1, limit);
