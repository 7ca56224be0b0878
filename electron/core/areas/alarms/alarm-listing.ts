import { DescribeAlarmsCommand, type CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { sortAlarms } from '../../../../shared/domain/alarms-board';
import type { AlarmSummary } from '../../../../shared/domain/alarms';
import { alarmSummary } from './alarm-summary';

/** DescribeAlarms answers at most 100 a page; the board reads up to 1,000 (ten pages). */
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** Every metric alarm of the session (up to 1,000), in the board's order. */
export async function listAlarms(cloudwatch: CloudWatchClient, signal: AbortSignal): Promise<AlarmSummary[]> {
  const found: MetricAlarm[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const answer = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }),
      { abortSignal: signal },
    );
    found.push(...(answer.MetricAlarms ?? []));
    nextToken = answer.NextToken;
    pages += 1;
  } while (nextToken && pages < MAX_PAGES);
  return sortAlarms(found.map(alarmSummary));
}

/** The named metric alarms that exist (one call: AlarmNames takes up to 100). */
export async function describeNamed(cloudwatch: CloudWatchClient, names: string[], signal: AbortSignal): Promise<MetricAlarm[]> {
  if (names.length === 0) return [];
  const answer = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names, AlarmTypes: ['MetricAlarm'], MaxRecords: PAGE_SIZE }), { abortSignal: signal });
  return answer.MetricAlarms ?? [];
}
