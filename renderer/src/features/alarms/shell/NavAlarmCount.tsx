import './nav-alarm-count.css';

/** The accessible name of the Alarms & metrics link: the visible label first, then the count in words. */
export function alarmsNavName(label: string, inAlarm: number | undefined): string | undefined {
  return inAlarm ? `${label}, ${inAlarm} in alarm` : undefined;
}

/** The count badge next to the label; its words are in the link's name, so it is hidden from readers. */
export function NavAlarmCount({ inAlarm }: { inAlarm: number | undefined }) {
  if (!inAlarm) return null;
  return (
    <span className="nav-alarm-count" data-testid="nav-alarms-count" aria-hidden="true">
      {inAlarm}
    </span>
  );
}
