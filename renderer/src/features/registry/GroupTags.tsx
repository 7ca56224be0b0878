import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TagEditor } from '../../components/tags/TagEditor';
import { useSessionQuery } from '../use-session-query';

/** A model package group's tags (use case, owner, stage…), edited on its page. The ARN comes from the groups listing. */
export function GroupTags({ group }: { group: string }) {
  const groups = useSessionQuery('registry.groups', { nameContains: group });
  const arn = groups.data?.items.find((candidate) => candidate.name === group)?.arn;
  return (
    <Container
      header={
        <Header variant="h2" description="Find versions by these on any list's tag filter.">
          Tags of {group}
        </Header>
      }
    >
      {groups.isError ? (
        <ErrorNotice
          error={groups.error}
          title={`The tags of ${group} could not be read`}
          action={
            <button type="button" className="button" onClick={() => void groups.refetch()}>
              Try again
            </button>
          }
        />
      ) : groups.isPending ? (
        <p role="status">Loading tags…</p>
      ) : arn ? (
        <TagEditor arn={arn} invalidate={['registry.groups']} />
      ) : (
        <p>AWS did not list {group}, so its tags cannot be read here.</p>
      )}
    </Container>
  );
}
