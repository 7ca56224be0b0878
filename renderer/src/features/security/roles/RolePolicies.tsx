import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PolicyView } from '../../../../../shared/domain/roles';
import { HighlightedCode } from '../../api/apis/highlight/HighlightedCode';

const KIND = { managed: 'customer managed', 'aws-managed': 'AWS managed', inline: 'inline' } as const;

/** The trust policy and each permission policy, highlighted, each collapsible. */
export function RolePolicies({ trustPolicy, policies }: { trustPolicy: string; policies: PolicyView[] }) {
  return (
    <SpaceBetween size="s">
      <ExpandableSection headerText="Trust policy" variant="container" defaultExpanded data-testid="role-trust-policy">
        <HighlightedCode code={trustPolicy} label="Trust policy" />
      </ExpandableSection>
      {policies.map((p) => (
        <ExpandableSection
          key={`${p.kind}-${p.name}`}
          variant="container"
          defaultExpanded
          headerText={`${p.name} (${KIND[p.kind]}${p.versionId ? `, ${p.versionId}` : ''})`}
          data-testid={`role-policy-${p.name}`}
        >
          <HighlightedCode code={p.document} label={`Policy ${p.name}`} testId={`role-policy-document-${p.name}`} />
        </ExpandableSection>
      ))}
      {policies.length === 0 && <p>The role has no permission policies.</p>}
    </SpaceBetween>
  );
}
