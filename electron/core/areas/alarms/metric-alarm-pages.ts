import { DescribeAlarmsCommand, type CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch';

/** DescribeAlarms answers at most 100 a page; SageDeck reads up to 1,000 (ten pages). */
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

export interface MetricAlarmPages {
  alarms: MetricAlarm[];
  /** CloudWatch holds more than the pages read. */
  truncated: boolean;
}

/**
 * The account's metric alarms, 100 a page up to 1,000. CloudWatch cannot filter DescribeAlarms by
 * metric or dimension, so the board, the charts' thresholds and a deployment's alarm choice all
 * read this and filter what comes back.
 */
export async function readMetricAlarms(cloudwatch: CloudWatchClient, signal: AbortSignal): Promise<MetricAlarmPages> {
  const alarms: MetricAlarm[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const answer = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: PAGE_SIZE, ...(nextToken ? { NextToken: nextToken } : {}) }),
      { abortSignal: signal },
    );
    alarms.push(...(answer.MetricAlarms ?? []));
    nextToken = answer.NextToken;
    pages += 1;
  } while (nextToken && pages < MAX_PAGES);
  return { alarms, truncated: nextToken !== undefined };
}
