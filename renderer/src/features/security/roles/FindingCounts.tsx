import type { SeverityCounts } from '../../../../../shared/domain/roles';

/** "2 high · 1 low" (or "None"), in words, so severity never depends on colour. */
export function FindingCounts({ counts, testId }: { counts: SeverityCounts; testId?: string }) {
  const parts = (['high', 'medium', 'low'] as const).filter((s) => counts[s] > 0);
  return (
    <span data-testid={testId} className="role-counts">
      {parts.length === 0
        ? 'None'
        : parts.map((s, i) => (
            <span key={s} className={`role-severity role-severity-${s}`}>
              {i > 0 ? ' · ' : ''}
              {counts[s]} {s}
            </span>
          ))}
    </span>
  );
}
