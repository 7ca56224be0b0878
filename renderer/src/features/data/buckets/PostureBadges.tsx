import ExpandableSection from '@cloudscape-design/components/expandable-section';
import type { PostureFinding } from '../../../../../shared/domain/data';
import { CHECK_LABELS, STATUS_TEXT } from './posture-labels';

/**
 * One badge per check: glyph and word for the state (colour only adds to them) and the finding's
 * reason as a tooltip on hover and keyboard focus, announced as the badge's description.
 */
export function PostureBadge({ finding, bucket }: { finding: PostureFinding; bucket: string }) {
  const tipId = `posture-tip-${finding.check}-${bucket}`;
  const text = STATUS_TEXT[finding.status];
  return (
    <span
      className={`posture-badge posture-${finding.status}`}
      data-testid={`posture-${finding.check}-${bucket}`}
      data-status={finding.status}
      tabIndex={0}
      aria-describedby={tipId}
    >
      <span aria-hidden="true" className="posture-glyph">
        {text.glyph}
      </span>
      {CHECK_LABELS[finding.check]}: {text.word}
      <span role="tooltip" id={tipId} className="posture-tip">
        {finding.reason}
      </span>
    </span>
  );
}

export function PostureBadges({ findings, bucket }: { findings: PostureFinding[]; bucket: string }) {
  const warnings = findings.filter((finding) => finding.status !== 'pass').length;
  return (
    <div className="posture-row">
      <div className="posture-badges" aria-label={`Posture of ${bucket}`} role="group">
        {findings.map((finding) => (
          <PostureBadge key={finding.check} finding={finding} bucket={bucket} />
        ))}
      </div>
      <ExpandableSection
        headerText={warnings === 0 ? 'Every check passes: why' : `${warnings} to look at: why`}
        data-testid={`posture-reasons-${bucket}`}
      >
        <ul className="posture-reasons">
          {findings.map((finding) => (
            <li key={finding.check}>
              <strong>{CHECK_LABELS[finding.check]}</strong> ({STATUS_TEXT[finding.status].word}): {finding.reason}
            </li>
          ))}
        </ul>
      </ExpandableSection>
    </div>
  );
}
