import { DisableAlarmActionsCommand, EnableAlarmActionsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { cloudWatchCall } from './missing-operation';

/**
 * Turns the alarms' actions off or on (maintenance). The state keeps being evaluated either way:
 * a deployment's auto-rollback watches the state, not the actions, so it still works.
 */
export async function setAlarmActions(cloudwatch: CloudWatchClient, names: string[], enabled: boolean, signal: AbortSignal): Promise<{ names: string[] }> {
  const operation = enabled ? 'EnableAlarmActions' : 'DisableAlarmActions';
  const what = `${enabled ? 'enable' : 'disable'} alarm actions`;
  await cloudWatchCall(operation, what, () =>
    cloudwatch.send(enabled ? new EnableAlarmActionsCommand({ AlarmNames: names }) : new DisableAlarmActionsCommand({ AlarmNames: names }), { abortSignal: signal }),
  );
  return { names };
}
