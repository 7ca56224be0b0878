import type { ReactNode } from 'react';

/** One labelled figure of a stage card (a `<dt>`/`<dd>` pair in the card's list). */
export function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
