import type { AreaProps } from '../../app/area-manifest';
import { withQueries } from '../query-client';
import { JobsArea } from './JobsArea';

function TrainingArea(_props: AreaProps) {
  return <JobsArea kind="training" />;
}

export default withQueries(TrainingArea);
