import type { AreaProps } from '../../app/area-manifest';
import { withQueries } from '../query-client';
import { JobsArea } from './JobsArea';

function ProcessingArea(_props: AreaProps) {
  return <JobsArea kind="processing" />;
}

export default withQueries(ProcessingArea);
