import type { SectionProps } from '../SectionProps';

/** Roles: being built. */
export default function RolesSection(_props: SectionProps) {
  return (
    <section data-testid="security-roles" aria-label="Roles">
      <p className="empty-state">Roles is being built.</p>
    </section>
  );
}
