import { POSTURE_STATUSES, type PostureFindingStatus } from '../../../../../shared/domain/posture';
import { STATUS_LABEL } from './fix-href';

/** The counts by status as one stacked bar, each part labelled with its count and word. */
export function PostureSummary({ counts }: { counts: Record<PostureFindingStatus, number> }) {
  const total = POSTURE_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  return (
    <figure className="posture-summary" data-testid="posture-summary" aria-label={`Findings by status: ${POSTURE_STATUSES.map((s) => `${counts[s]} ${STATUS_LABEL[s].toLowerCase()}`).join(', ')}`}>
      <div className="posture-summary-bar" aria-hidden="true">
        {POSTURE_STATUSES.filter((s) => counts[s] > 0).map((s) => (
          <span key={s} className={`posture-summary-part posture-${s}`} style={{ flexGrow: counts[s] }} />
        ))}
      </div>
      <figcaption>
        {POSTURE_STATUSES.map((s) => (
          <span key={s} className="posture-summary-count" data-testid={`posture-count-${s}`}>
            <span className={`posture-swatch posture-${s}`} aria-hidden="true" /> {counts[s]} {STATUS_LABEL[s].toLowerCase()}
          </span>
        ))}
        <span className="posture-summary-count">of {total} checks</span>
      </figcaption>
    </figure>
  );
}
