import type { SectionProps } from '../SectionProps';

/** Cost: being built. */
export default function CostSection(_props: SectionProps) {
  return (
    <section data-testid="security-cost" aria-label="Cost">
      <p className="empty-state">Cost is being built.</p>
    </section>
  );
}
