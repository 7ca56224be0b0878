import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import type { RecentPayload } from '../../../../../shared/domain/endpoints';
import { useSessionQuery } from '../../use-session-query';
import { formatTime } from '../endpoint-format';

const preview = (body: string) => (body.length > 80 ? `${body.slice(0, 80)}…` : body).replace(/\s+/g, ' ');

/** The last payloads sent to this endpoint from SageDeck (kept per endpoint by the host), one click to reuse. */
export function RecentPayloads({
  endpointName,
  onUse,
}: {
  endpointName: string;
  onUse: (payload: RecentPayload) => void;
}) {
  const recent = useSessionQuery('endpoints.recentPayloads', { endpointName });
  if (recent.isPending) return <p role="status">Loading recent payloads…</p>;
  if (recent.isError) return <Box color="text-status-error">Recent payloads could not be read.</Box>;
  if (recent.data.length === 0)
    return <Box color="text-body-secondary">Nothing sent from SageDeck yet; payloads you send are kept here.</Box>;
  return (
    <ul className="endpoint-variant-lines" data-testid="invoke-recent">
      {recent.data.map((payload, index) => (
        <li key={`${payload.sentAt}|${index}`}>
          <Button
            variant="inline-link"
            onClick={() => onUse(payload)}
            ariaLabel={`Use the ${payload.contentType} payload sent ${formatTime(payload.sentAt)}`}
          >
            Use
          </Button>{' '}
          <code>{payload.contentType}</code> {formatTime(payload.sentAt)}: <code>{preview(payload.body)}</code>
        </li>
      ))}
    </ul>
  );
}
