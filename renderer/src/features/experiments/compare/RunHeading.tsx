import type { Run } from '../../../../../shared/domain/experiments';

/** A run as a column heading: its display name, the trial component name when they differ. */
export function RunHeading({ run }: { run: Run }) {
  return (
    <span className="experiments-run-heading">
      {run.displayName || run.name}
      {run.displayName && run.displayName !== run.name && <span className="experiments-muted"> ({run.name})</span>}
    </span>
  );
}
