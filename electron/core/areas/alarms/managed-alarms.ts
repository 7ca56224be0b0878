import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { isAutoScalingAlarm } from '../../../../shared/domain/alarms-board';
import { SageDeckError } from '../../../../shared/errors';

/** Refuses to change alarms a target-tracking policy owns: the policy would put them back, or break. */
export function refuseManaged(alarms: MetricAlarm[], verb: 'edit' | 'delete'): void {
  const managed = alarms.filter((alarm) => isAutoScalingAlarm(alarm.AlarmName ?? '', alarm.AlarmDescription)).map((alarm) => alarm.AlarmName ?? '');
  if (managed.length === 0) return;
  throw new SageDeckError({
    code: 'ManagedByAutoScaling',
    message: `${managed.join(', ')} ${managed.length === 1 ? 'belongs' : 'belong'} to an Application Auto Scaling target-tracking policy, which creates and deletes ${managed.length === 1 ? 'it' : 'them'}: SageDeck does not ${verb} ${managed.length === 1 ? 'it' : 'them'}. Change the endpoint's scaling policy instead.`,
    retryable: false,
  });
}

export function alarmNotFound(name: string): SageDeckError {
  return new SageDeckError({ code: 'ResourceNotFound', message: `There is no metric alarm named ${name} in this account and region. Reload the board: it may have been deleted.`, retryable: false });
}
