import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import type { RequestChannel } from '../../../../shared/contract/channels';
import { ErrorNotice } from '../ErrorNotice';
import { TagEditor } from './TagEditor';

export interface TagsPanelProps {
  /** The resource's name, for the heading and messages. */
  name: string;
  /** Where the ARN comes from: a listing that names the resource. */
  source: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  arn: string | undefined;
  invalidate: readonly RequestChannel[];
}

/** A resource's tags (use case, owner, stage…) edited on its page, once a listing gave its ARN. */
export function TagsPanel({ name, source, arn, invalidate }: TagsPanelProps) {
  return (
    <Container
      header={
        <Header variant="h2" description="Find what carries them with any list's tag filter.">
          Tags of {name}
        </Header>
      }
    >
      {source.isError ? (
        <ErrorNotice
          error={source.error}
          title={`The tags of ${name} could not be read`}
          action={
            <button type="button" className="button" onClick={() => void source.refetch()}>
              Try again
            </button>
          }
        />
      ) : source.isPending ? (
        <p role="status">Loading tags…</p>
      ) : arn ? (
        <TagEditor arn={arn} invalidate={invalidate} />
      ) : (
        <p>AWS did not list {name}, so its tags cannot be read here.</p>
      )}
    </Container>
  );
}
