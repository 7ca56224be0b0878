import { TagsPanel } from '../../components/tags/TagsPanel';
import { useSessionQuery } from '../use-session-query';

/** A model package group's tags, edited on its page. The ARN comes from the groups listing. */
export function GroupTags({ group }: { group: string }) {
  const groups = useSessionQuery('registry.groups', { nameContains: group });
  const arn = groups.data?.items.find((candidate) => candidate.name === group)?.arn;
  return <TagsPanel name={group} source={groups} arn={arn} invalidate={['registry.groups']} />;
}
