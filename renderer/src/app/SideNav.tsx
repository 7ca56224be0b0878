import { AREAS, type AreaId } from './areas';
import { hrefForArea } from './hash-route';

export function SideNav({ current }: { current: AreaId | undefined }) {
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
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
