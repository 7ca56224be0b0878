import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import type { JobChannel } from '../../../../../shared/domain/jobs';
import { s3Href } from '../job-routes';

/** Input or output channels with their S3 URIs as links into the Data area. */
export function JobChannels({ channels, caption, testId }: { channels: JobChannel[]; caption: string; testId: string }) {
  if (channels.length === 0) return <Box color="text-body-secondary">None.</Box>;
  return (
    <table className="kv-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">S3 URI</th>
          <th scope="col">Container path</th>
        </tr>
      </thead>
      <tbody>
        {channels.map((channel) => (
          <tr key={channel.name}>
            <th scope="row">{channel.name}</th>
            <td>
              <Link href={s3Href(channel.s3Uri)}>{channel.s3Uri}</Link>
            </td>
            <td>{channel.localPath ?? '-'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
