import type { AlarmHistoryItem, AlarmStateValue } from '../../../../../shared/domain/alarms';

export interface BandSegment {
  state: AlarmStateValue;
  from: string;
  to: string;
  /** Share of the band's width, 0..1. */
  share: number;
}

/**
 * The state changes loaded so far as spans of time, oldest first: each state lasts from its change
 * to the next one, the newest until `now`. Only what was loaded is drawn: "Load older" widens it.
 */
export function stateBand(items: readonly AlarmHistoryItem[], now: string): BandSegment[] {
  const changes = items
    .filter((item): item is AlarmHistoryItem & { newState: AlarmStateValue } => item.type === 'StateUpdate' && item.newState !== undefined)
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const first = changes[0];
  if (!first) return [];
  const total = Math.max(1, Date.parse(now) - Date.parse(first.time));
  return changes.map((change, index) => {
    const to = changes[index + 1]?.time ?? now;
    return { state: change.newState, from: change.time, to, share: Math.max(0, Date.parse(to) - Date.parse(change.time)) / total };
  });
}
