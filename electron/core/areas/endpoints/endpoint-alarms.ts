import { DescribeAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { EndpointAlarm } from '../../../../shared/domain/endpoints';

/**
 * The alarms that could guard a deployment of this endpoint: metric alarms with an `EndpointName`
 * dimension naming it. CloudWatch has no filter by dimension, so the account's alarms are read in
 * pages of 100 (up to 1,000) and filtered here; Auto Scaling's own target-tracking alarms are left
 * out (they drive scaling, a rollback on them would undo every scale-out).
 */
export async function endpointAlarms(cloudwatch: CloudWatchClient, endpointName: string, signal: AbortSignal): Promise<EndpointAlarm[]> {
  const found: EndpointAlarm[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const answer = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100, ...(nextToken ? { NextToken: nextToken } : {}) }), { abortSignal: signal });
    for (const alarm of answer.MetricAlarms ?? []) {
      const names = alarm.Dimensions?.filter((d) => d.Name === 'EndpointName').map((d) => d.Value) ?? [];
      if (!names.includes(endpointName) || (alarm.AlarmName ?? '').startsWith('TargetTracking-')) continue;
      found.push({
        name: alarm.AlarmName ?? '',
        state: (alarm.StateValue ?? 'INSUFFICIENT_DATA') as EndpointAlarm['state'],
        ...(alarm.MetricName ? { metric: alarm.MetricName } : {}),
        ...(alarm.AlarmDescription ? { description: alarm.AlarmDescription } : {}),
      });
    }
    nextToken = answer.NextToken;
    pages += 1;
  } while (nextToken && pages < 10);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
