import { TagsPanel } from '../../../components/tags/TagsPanel';
import { useSessionQuery } from '../../use-session-query';

/** An experiment's tags (project, owner, stage…), edited above its runs. The ARN comes from the experiments listing. */
export function ExperimentTags({ experiment }: { experiment: string }) {
  const experiments = useSessionQuery('experiments.list', { nameContains: experiment });
  const arn = experiments.data?.items.find((candidate) => candidate.name === experiment)?.arn;
  return <TagsPanel name={experiment} source={experiments} arn={arn} invalidate={['experiments.list']} />;
}
