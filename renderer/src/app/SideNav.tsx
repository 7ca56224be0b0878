import { NavAlarmCount } from '../features/alarms/shell/NavAlarmCount';
import { useAlarmCount } from '../features/alarms/shell/alarm-count';
import { AREAS, type AreaId } from './areas';
import { hrefForArea } from './hash-route';

export function SideNav({ current }: { current: AreaId | undefined }) {
  const inAlarm = useAlarmCount();
  return (
    <nav className="side-nav" aria-label="Areas">
      <ul>
        {AREAS.map((area) => (
          <li key={area.id}>
            <a
              href={hrefForArea(area.id)}
              data-testid={`nav-${area.id}`}
              aria-current={area.id === current ? 'page' : undefined}
            >
              {area.label}
              {area.id === 'alarms' && <NavAlarmCount inAlarm={inAlarm} />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
