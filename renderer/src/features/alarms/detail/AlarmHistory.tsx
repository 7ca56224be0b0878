import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { AlarmHistoryPage } from '../../../../../shared/domain/alarms';
import { useClient, useSession } from '../../../app/services';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { selectSessionKey } from '../../../stores/session-key';
import { sessionPagesKey } from '../../use-session-query';
import { formatAgo, formatTime } from '../alarm-format';
import { AlarmState } from '../AlarmState';
import { useCoarseNow } from '../use-minute';
import { stateBand } from './state-band';

const TYPE_LABELS = { StateUpdate: 'State change', ConfigurationUpdate: 'Configuration', Action: 'Action' } as const;

/** AWS's history of the alarm (30 days), newest first, a page at a time: a band over time, then the list. */
export function AlarmHistory({ name }: { name: string }) {
  const client = useClient();
  const sessionKey = useSession(selectSessionKey);
  const now = useCoarseNow();
  const history = useInfiniteQuery({
    queryKey: sessionPagesKey(sessionKey, 'alarms.history', { name }),
    queryFn: ({ pageParam }): Promise<AlarmHistoryPage> => client.request('alarms.history', { name, ...(pageParam ? { nextToken: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextToken,
    enabled: sessionKey !== undefined,
  });
  if (history.isPending) return <p role="status">Loading the history…</p>;
  if (history.isError && !history.data) {
    return (
      <ErrorNotice
        error={history.error}
        title="The alarm's history could not be read"
        action={
          <button type="button" className="button" onClick={() => void history.refetch()}>
            Try again
          </button>
        }
      />
    );
  }
  const items = history.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Box color="text-body-secondary">AWS records no history for this alarm in the last 30 days.</Box>;
  const band = stateBand(items, new Date(now).toISOString());
  return (
    <div data-testid="alarm-history">
      {band.length > 0 && (
        <div className="alarm-band" aria-hidden="true" data-testid="alarm-history-band">
          {band.map((segment) => (
            <span
              key={segment.from}
              className={`alarm-band-segment alarm-band-${segment.state.toLowerCase()}`}
              style={{ flexGrow: segment.share, minWidth: 2 }}
              title={`${segment.state} from ${formatTime(segment.from)} to ${formatTime(segment.to)}`}
            />
          ))}
        </div>
      )}
      <ol className="alarm-timeline">
        {items.map((item, index) => (
          <li key={`${item.time}-${index}`} data-type={item.type} className={item.newState ? `alarm-timeline-${item.newState.toLowerCase()}` : undefined}>
            <time dateTime={item.time} title={formatTime(item.time)}>
              {formatTime(item.time)} ({formatAgo(item.time, now)})
            </time>{' '}
            {item.newState ? (
              <>
                {item.oldState && <span>{item.oldState} → </span>}
                <AlarmState state={item.newState} />
              </>
            ) : (
              <strong>{TYPE_LABELS[item.type]}</strong>
            )}
            <Box variant="small" display="block">
              {item.summary}
              {item.reason && item.reason !== item.summary ? `: ${item.reason}` : ''}
            </Box>
          </li>
        ))}
      </ol>
      {(history.hasNextPage || history.isFetchNextPageError) && (
        <Box textAlign="center">
          {history.isFetchNextPageError && (
            <div role="alert">
              <Box color="text-status-error">Loading older entries failed: {history.error?.message}</Box>
            </div>
          )}
          <Button onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage} data-testid="alarm-history-more">
            Load older
          </Button>
        </Box>
      )}
    </div>
  );
}
