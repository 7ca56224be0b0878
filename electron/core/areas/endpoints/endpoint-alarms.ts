import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { EndpointAlarm } from '../../../../shared/domain/endpoints';
import { AUTOSCALING_ALARM_PREFIX } from '../../../../shared/domain/alarms-board';
import { readMetricAlarms } from '../alarms/metric-alarm-pages';

/**
 * The alarms that could guard a deployment of this endpoint: metric alarms with an `EndpointName`
 * dimension naming it. CloudWatch has no filter by dimension, so the account's alarms are read (up
 * to 1,000) and filtered here; Auto Scaling's own target-tracking alarms are left out (they drive
 * scaling, a rollback on them would undo every scale-out).
 */
export async function endpointAlarms(cloudwatch: CloudWatchClient, endpointName: string, signal: AbortSignal): Promise<EndpointAlarm[]> {
  const found: EndpointAlarm[] = [];
  for (const alarm of (await readMetricAlarms(cloudwatch, signal)).alarms) {
    const names = alarm.Dimensions?.filter((d) => d.Name === 'EndpointName').map((d) => d.Value) ?? [];
    if (!names.includes(endpointName) || (alarm.AlarmName ?? '').startsWith(AUTOSCALING_ALARM_PREFIX)) continue;
    found.push({
      name: alarm.AlarmName ?? '',
      state: (alarm.StateValue ?? 'INSUFFICIENT_DATA') as EndpointAlarm['state'],
      ...(alarm.MetricName ? { metric: alarm.MetricName } : {}),
      ...(alarm.AlarmDescription ? { description: alarm.AlarmDescription } : {}),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
