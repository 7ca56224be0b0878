import type { ReactNode } from 'react';

/** A wide comparison (up to 50 runs) scrolls sideways; focusable so the keyboard can scroll it too. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="experiments-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
