import Box from '@cloudscape-design/components/box';
import Modal from '@cloudscape-design/components/modal';
import type { JobKind } from '../../../../../shared/domain/jobs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { tailHref } from '../../logs/logs-routes';
import { useSessionQuery } from '../../use-session-query';
import { formatTime } from '../job-format';
import { PlainTable } from './PlainTable';

/** The job's CloudWatch log streams, and the way to follow them all live in one merged tail. */
export function LogStreamsModal({
  kind,
  name,
  logGroup,
  onDismiss,
}: {
  kind: JobKind;
  name: string;
  logGroup: string;
  onDismiss: () => void;
}) {
  const streams = useSessionQuery('jobs.logStreams', { kind, name });
  return (
    <Modal visible onDismiss={onDismiss} closeAriaLabel="Close" header={`Log streams of ${name}`} data-testid="job-log-streams">
      <Box variant="p">
        Log group <code>{logGroup}</code>.{' '}
        <a href={tailHref({ kind: 'job', jobKind: kind, name })} data-testid="job-log-streams-tail" onClick={onDismiss}>
          Tail every stream of {name} live
        </a>
      </Box>
      {streams.isPending && <Box>Loading log streams…</Box>}
      {streams.isError && <ErrorNotice error={streams.error} title="The log streams could not be listed" />}
      {streams.data && streams.data.length === 0 && <Box>This job has written no logs yet.</Box>}
      {streams.data && streams.data.length > 0 && (
        <PlainTable caption="Log streams" columns={['Stream', 'Last event', 'Stored bytes']}>
          {streams.data.map((stream) => (
            <tr key={stream.name} data-testid={`job-log-stream-${stream.name}`}>
              <th scope="row">
                <code>{stream.name}</code>
              </th>
              <td>{formatTime(stream.lastEventAt)}</td>
              <td>{stream.storedBytes?.toLocaleString() ?? '-'}</td>
            </tr>
          ))}
        </PlainTable>
      )}
    </Modal>
  );
}
