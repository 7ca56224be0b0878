import type { AlarmStateValue, AlarmSummary } from '../../../../../shared/domain/alarms';

export interface AlarmTransition {
  alarm: AlarmSummary;
  /** ALARM: it just entered ALARM; OK: it just came back from ALARM. */
  to: 'ALARM' | 'OK';
}

/**
 * What is news since the last look: an alarm seen before in another state that is in ALARM now, or
 * one seen in ALARM that is OK now. An alarm seen for the first time is not news (the first
 * snapshot, a new session, an alarm just created), whatever its state.
 */
export function alarmTransitions(previous: ReadonlyMap<string, AlarmStateValue>, current: readonly AlarmSummary[]): AlarmTransition[] {
  const news: AlarmTransition[] = [];
  for (const alarm of current) {
    const before = previous.get(alarm.name);
    // Auto Scaling's own alarms flip as traffic moves: scaling, not news (see needsAttention).
    if (before === undefined || before === alarm.state || alarm.managedBy === 'autoscaling') continue;
    if (alarm.state === 'ALARM') news.push({ alarm, to: 'ALARM' });
    else if (alarm.state === 'OK' && before === 'ALARM') news.push({ alarm, to: 'OK' });
  }
  return news;
}

export function transitionText({ alarm, to }: AlarmTransition): { title: string; body: string } {
  return to === 'ALARM'
    ? { title: `${alarm.name} is in ALARM`, body: alarm.stateReason || `${alarm.resource.name}: the threshold was crossed.` }
    : { title: `${alarm.name} is back to OK`, body: alarm.stateReason || `${alarm.resource.name} is within its threshold again.` };
}
