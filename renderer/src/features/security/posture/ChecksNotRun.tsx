import type { CheckNotRun } from '../../../../../shared/domain/posture';

/** Which checks this endpoint could not run, and why: the findings they leave are "Could not check". */
export function ChecksNotRun({ items }: { items: CheckNotRun[] }) {
  if (!items.length) return null;
  return (
    <div className="notice" data-testid="checks-not-run">
      <p className="notice-title">Checks that could not run</p>
      <ul>
        {items.map((n) => (
          <li key={`${n.service}:${n.operation}:${n.cause}`}>
            {n.service} {n.operation}: {n.cause}
            {n.findings ? ` (${n.findings} ${n.findings === 1 ? 'check' : 'checks'} left unknown)` : ' (those resources are not checked)'}
          </li>
        ))}
      </ul>
    </div>
  );
}
