import ExpandableSection from '@cloudscape-design/components/expandable-section';
import type { ComplianceControl } from '../../../../../shared/domain/compliance';
import { StatusMark } from '../posture/StatusMark';

/** One control: its mark (icon and word), summary, framework sections, and the evidence behind it. */
export function ControlRow({ control }: { control: ComplianceControl }) {
  return (
    <li className="compliance-control" data-testid={`compliance-control-${control.id}`} data-status={control.status}>
      <div className="compliance-control-head">
        <StatusMark status={control.status} />
        <strong>{control.title}</strong>
      </div>
      <p>{control.summary}</p>
      <p className="compliance-frameworks">{control.frameworks.map((f) => `${f.framework} ${f.reference}`).join(' / ')}</p>
      <ExpandableSection headerText={`Evidence (${control.evidence.length})`} data-testid={`compliance-evidence-${control.id}`}>
        <ul className="compliance-evidence">
          {control.evidence.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </ExpandableSection>
    </li>
  );
}
