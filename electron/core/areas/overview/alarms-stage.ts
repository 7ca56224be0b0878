import { DescribeAlarmsCommand, type CloudWatchClient, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { classifyResource, isAutoScalingAlarm } from '../../../../shared/domain/alarms-board';
import type { AlarmsStage, StageResult } from '../../../../shared/domain/overview';
import { collectPages } from './pages';

const PAGE = 100;
/** Counting stops at 2,000 alarms. */
const MAX_PAGES = 20;

/** What a metric alarm watches, as the alarm board names it (endpoint, variant, job, schedule, namespace). */
function watched(alarm: MetricAlarm): string {
  const dimensions = (alarm.Dimensions ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' }));
  return classifyResource(alarm.Namespace, dimensions).name;
}

/**
 * Alarms: every metric and composite alarm of the region, counted, and those in ALARM by name
 * with what they watch. One paginated DescribeAlarms gives both: the count needs every alarm
 * anyway, so a second call filtered by StateValue would only repeat part of it.
 */
export async function readAlarmsStage(client: CloudWatchClient, signal: AbortSignal): Promise<StageResult<AlarmsStage>> {
  const pages = await collectPages(async (token) => {
    const answer = await client.send(
      new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: PAGE, ...(token ? { NextToken: token } : {}) }),
      { abortSignal: signal },
    );
    const metric = (answer.MetricAlarms ?? []).map((alarm) => ({
      name: alarm.AlarmName ?? '',
      state: alarm.StateValue,
      resource: watched(alarm),
      scaling: isAutoScalingAlarm(alarm.AlarmName ?? '', alarm.AlarmDescription),
    }));
    const composite = (answer.CompositeAlarms ?? []).map((alarm) => ({ name: alarm.AlarmName ?? '', state: alarm.StateValue, resource: 'Composite alarm', scaling: false }));
    return { items: [...metric, ...composite], next: answer.NextToken };
  }, MAX_PAGES);
  const inAlarm = pages.items
    // Auto Scaling's target-tracking alarms in ALARM are scaling at work, not trouble (needsAttention).
    .filter((alarm) => alarm.state === 'ALARM' && !alarm.scaling)
    .map(({ name, resource }) => ({ name, resource }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    ok: true,
    value: { inAlarm, total: pages.items.length },
    ...(pages.truncated ? { notice: `Counted the first ${PAGE * MAX_PAGES} alarms: there are more.` } : {}),
  };
}
