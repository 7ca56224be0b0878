import { DeleteAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { describeNamed } from './alarm-listing';
import { refuseManaged } from './managed-alarms';

/** Deletes the named alarms (up to 100) unless one belongs to Auto Scaling; answers those that existed. */
export async function deleteAlarms(cloudwatch: CloudWatchClient, names: string[], signal: AbortSignal): Promise<{ names: string[] }> {
  const existing = await describeNamed(cloudwatch, names, signal);
  refuseManaged(existing, 'delete');
  const found = existing.map((alarm) => alarm.AlarmName ?? '');
  if (found.length > 0) await cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: found }), { abortSignal: signal });
  return { names: names.filter((name) => found.includes(name)) };
}
