import type { SectionProps } from '../SectionProps';

/** Backups: being built. */
export default function BackupsSection(_props: SectionProps) {
  return (
    <section data-testid="security-backups" aria-label="Backups">
      <p className="empty-state">Backups is being built.</p>
    </section>
  );
}
