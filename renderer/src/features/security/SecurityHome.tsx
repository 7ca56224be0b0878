import { SECURITY_SECTIONS, securitySectionHref } from './security-routes';

/** The area's landing page: each section with what it answers. */
export function SecurityHome() {
  return (
    <div className="security-home" data-testid="security-home">
      <ul className="security-cards">
        {SECURITY_SECTIONS.map((section) => (
          <li key={section.id} className="security-card">
            <h2>
              <a href={securitySectionHref(section.id)}>{section.label}</a>
            </h2>
            <p>{section.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
