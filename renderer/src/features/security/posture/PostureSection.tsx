import type { SectionProps } from '../SectionProps';

/** Encryption & network: being built. */
export default function PostureSection(_props: SectionProps) {
  return (
    <section data-testid="security-posture" aria-label="Encryption & network">
      <p className="empty-state">Encryption & network is being built.</p>
    </section>
  );
}
