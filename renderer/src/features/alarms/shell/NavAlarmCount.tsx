import './nav-alarm-count.css';

/**
 * The count badge inside the Alarms & metrics link. The link's name comes from its content: the
 * words for readers ("Alarms & metrics, 2 in alarm") are in a visually hidden span, the badge is
 * hidden from them. No aria-label, which would have to contain the visible "2" to pass axe's
 * label-content-name-mismatch.
 */
export function NavAlarmCount({ inAlarm }: { inAlarm: number | undefined }) {
  if (!inAlarm) return null;
  return (
    <>
      <span className="sr-only">, {inAlarm} in alarm</span>
      <span className="nav-alarm-count" data-testid="nav-alarms-count" aria-hidden="true">
        {inAlarm}
      </span>
    </>
  );
}
