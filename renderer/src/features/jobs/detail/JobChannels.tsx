import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import type { JobChannel } from '../../../../../shared/domain/jobs';
import { s3Href } from '../job-routes';
import { PlainTable } from './PlainTable';

/** Input or output channels with their S3 URIs as links into the Data area. */
export function JobChannels({
  channels,
  caption,
  testId,
}: {
  channels: JobChannel[];
  caption: string;
  testId: string;
}) {
  if (channels.length === 0) return <Box color="text-body-secondary">None.</Box>;
  return (
    <PlainTable caption={caption} columns={['Channel', 'S3 URI', 'Container path']} testId={testId}>
      {channels.map((channel) => (
        <tr key={channel.name}>
          <th scope="row">{channel.name}</th>
          <td>
            <Link href={s3Href(channel.s3Uri)}>{channel.s3Uri}</Link>
          </td>
          <td>{channel.localPath ?? '-'}</td>
        </tr>
      ))}
    </PlainTable>
  );
}
