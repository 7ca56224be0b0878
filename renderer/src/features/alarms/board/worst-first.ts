import { ALARM_STATES, type AlarmSummary } from '../../../../../shared/domain/alarms';
import { groupByResource, type ResourceGroup } from '../../../../../shared/domain/alarms-board';

const rank = (group: ResourceGroup<AlarmSummary>) => ALARM_STATES.indexOf(group.alarms[0]?.state ?? 'OK');

/**
 * The board's groups with the ones holding an alarm in ALARM on top, then INSUFFICIENT_DATA, then
 * OK; within a rank the shared order (kind, then name). What is on fire is what the user opened
 * the board for, so it must not sit below a screenful of OK groups. A group's first alarm is its
 * worst (groupByResource sorts them so).
 */
export function worstFirst(alarms: readonly AlarmSummary[]): ResourceGroup<AlarmSummary>[] {
  return groupByResource(alarms)
    .map((group, index) => ({ group, index }))
    .sort((a, b) => rank(a.group) - rank(b.group) || a.index - b.index)
    .map(({ group }) => group);
}
