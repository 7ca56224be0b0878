import { DescribeAlarmsCommand, type CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { sortAlarms } from '../../../../shared/domain/alarms-board';
import type { AlarmPage } from '../../../../shared/domain/alarms';
import { alarmSummary } from './alarm-summary';
import { readMetricAlarms } from './metric-alarm-pages';

/** Every metric alarm of the session (up to 1,000), in the board's order; a notice when there are more. */
export async function listAlarms(cloudwatch: CloudWatchClient, signal: AbortSignal): Promise<AlarmPage> {
  const { alarms, truncated } = await readMetricAlarms(cloudwatch, signal);
  const items = sortAlarms(alarms.map(alarmSummary));
  return truncated ? { items, notice: `Showing the first ${items.length} alarms: CloudWatch has more than the board reads.` } : { items };
}

/** The named metric alarms that exist (one call: AlarmNames takes up to 100). */
export async function describeNamed(cloudwatch: CloudWatchClient, names: string[], signal: AbortSignal): Promise<MetricAlarm[]> {
  if (names.length === 0) return [];
  const answer = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: names, AlarmTypes: ['MetricAlarm'], MaxRecords: 100 }), { abortSignal: signal });
  return answer.MetricAlarms ?? [];
}
