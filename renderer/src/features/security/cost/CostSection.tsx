import './cost.css';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { navigateHref } from '../../../app/hash-route';
import type { SectionProps } from '../SectionProps';
import { securitySectionHref } from '../security-routes';
import { CostByTagPanel } from './CostByTagPanel';
import { CostSummaryPanel } from './CostSummaryPanel';
import { RunningNowPanel } from './RunningNowPanel';
import { TagKeyPicker } from './TagKeyPicker';
import { UntaggedPanel } from './UntaggedPanel';

export const DEFAULT_COST_TAG_KEY = 'project';

/** Cost: what runs now, the month by service and by tag, untagged resources to tag. `?tag=<key>` survives a reload. */
export default function CostSection({ params }: SectionProps) {
  const tagKey = params.get('tag') || DEFAULT_COST_TAG_KEY;
  return (
    <section data-testid="security-cost" aria-label="Cost" className="cost-section">
      <SpaceBetween size="l">
        <RunningNowPanel />
        <CostSummaryPanel />
        <TagKeyPicker key={`picker-${tagKey}`} tagKey={tagKey} onChange={(key) => navigateHref(securitySectionHref('cost', [], key === DEFAULT_COST_TAG_KEY ? undefined : { tag: key }))} />
        <CostByTagPanel tagKey={tagKey} />
        <UntaggedPanel key={`untagged-${tagKey}`} tagKey={tagKey} />
      </SpaceBetween>
    </section>
  );
}
