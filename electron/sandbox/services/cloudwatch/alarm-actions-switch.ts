import type { OperationHandler, Where } from '../../types';
import { alarmNames } from './alarm-definition';
import { alarmDocument, formatHistoryDate } from './alarm-model';
import type { AlarmStore } from './alarm-store';
import { Checker } from './input';

/**
 * Turns actions off or on as CloudWatch does: `ActionsEnabled` changes, the configuration time
 * moves, and a ConfigurationUpdate "Update" item records the field's old value in
 * `originalUpdatedFields`. Names that do not exist are skipped; an unchanged alarm records nothing.
 * The state keeps being evaluated either way (rollback alarms still work); only actions stop.
 */
export function setActionsEnabled(alarms: AlarmStore, where: Where, names: string[], enabled: boolean, now: number): void {
  for (const name of names) {
    const alarm = alarms.get(where, name);
    if (!alarm || alarm.actionsEnabled === enabled) continue;
    const original = { actionsEnabled: alarm.actionsEnabled, timestamp: formatHistoryDate(alarm.configUpdatedMs) };
    alarm.actionsEnabled = enabled;
    alarm.configUpdatedMs = now;
    alarms.addHistory(where, {
      alarmName: name,
      timestamp: now,
      type: 'ConfigurationUpdate',
      summary: `Alarm "${name}" updated`,
      data: JSON.stringify({ version: '1.0', type: 'Update', updatedAlarm: alarmDocument(alarm), originalUpdatedFields: original }),
    });
  }
}

/** DisableAlarmActions and EnableAlarmActions: `AlarmNames` required, at most 100. */
export function actionSwitchOperations(alarms: AlarmStore): Record<string, OperationHandler> {
  const operation =
    (enabled: boolean): OperationHandler =>
    (input, ctx) => {
      const check = new Checker();
      if (input.AlarmNames === undefined) check.list(undefined, 'alarmNames', { required: true });
      const names = alarmNames(check, input.AlarmNames, 'alarmNames') ?? [];
      check.done();
      setActionsEnabled(alarms, { accountId: ctx.accountId, region: ctx.region }, names, enabled, ctx.clock.now());
      return {};
    };
  return { DisableAlarmActions: operation(false), EnableAlarmActions: operation(true) };
}
