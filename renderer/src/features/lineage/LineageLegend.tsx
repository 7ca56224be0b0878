import type { LineageEdgeSource } from '../../../../shared/domain/lineage';
import { SOURCE_LABELS } from './node-words';

function Sample({ className }: { className: string }) {
  return (
    <svg width="36" height="10" aria-hidden="true" className="lineage-legend-sample">
      <path d="M2 5 H34" className={className} />
    </svg>
  );
}

/** What the lines mean: how SageDeck knows each link, and which ones form the traced path. */
export function LineageLegend({ sources, tracedWords }: { sources: LineageEdgeSource[]; tracedWords: string }) {
  return (
    <ul className="lineage-legend" aria-label="Legend" data-testid="lineage-legend">
      <li>
        <Sample className="lineage-edge lineage-edge-description" /> {SOURCE_LABELS.description}: a matching S3 URI, ARN
        or model data URL
      </li>
      <li>
        <Sample className="lineage-edge lineage-edge-association" /> {SOURCE_LABELS.association} (dashed)
        {sources.includes('association') ? '' : ': none in this account for these resources'}
      </li>
      <li>
        <Sample className="lineage-edge lineage-edge-traced" /> {tracedWords} (thick, with a ring around each resource)
      </li>
    </ul>
  );
}
