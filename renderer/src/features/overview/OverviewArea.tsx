import type { AreaProps } from '../../app/areas';
import { withQueries } from '../query-client';
import { PipelinePanel } from './PipelinePanel';
import { SessionPanel } from './SessionPanel';

/** Is everything OK? The current session, then each stage of the pipeline with its state. */
function OverviewArea(_props: AreaProps) {
  return (
    <div className="stack">
      <SessionPanel />
      <PipelinePanel />
    </div>
  );
}

export default withQueries(OverviewArea);
