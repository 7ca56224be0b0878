import { SECURITY_SECTIONS, securitySectionHref, type SecuritySectionId } from './security-routes';

/** The area's own navigation: one link per section, the open one marked for assistive technology. */
export function SecuritySectionNav({ current }: { current?: SecuritySectionId }) {
  return (
    <nav aria-label="Security and cost sections" className="security-nav" data-testid="security-nav">
      <ul>
        {SECURITY_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={securitySectionHref(section.id)} data-testid={`security-nav-${section.id}`} {...(section.id === current ? { 'aria-current': 'page' as const } : {})}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
