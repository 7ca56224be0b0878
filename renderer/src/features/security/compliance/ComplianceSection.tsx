import type { SectionProps } from '../SectionProps';

/** Compliance evidence: being built. */
export default function ComplianceSection(_props: SectionProps) {
  return (
    <section data-testid="security-compliance" aria-label="Compliance evidence">
      <p className="empty-state">Compliance evidence is being built.</p>
    </section>
  );
}
