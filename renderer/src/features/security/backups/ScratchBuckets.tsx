import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { DeleteScratchButton } from './DeleteScratchButton';

/** Scratch buckets earlier restore tests left: they cost money until deleted. */
export function ScratchBuckets({ buckets }: { buckets: string[] }) {
  return (
    <Container header={<Header variant="h2" description="Restored copies kept after a restore test; S3 charges for them until they are deleted.">Scratch buckets</Header>} data-testid="backup-scratch-buckets">
      <ul>
        {buckets.map((bucket) => (
          <li key={bucket} data-testid={`backup-scratch-${bucket}`}>
            <span>{bucket}</span> <DeleteScratchButton bucket={bucket} />
          </li>
        ))}
      </ul>
    </Container>
  );
}
