import { useNow } from '../../../app/use-now';
import type { TailSession } from './tail-session';
import { useTailVersion } from './use-tail';

const count = (value: number) => value.toLocaleString('en-US');

/** Where the lines come from and how it is going: source, rate, sampling, pauses, drops, the end. */
export function TailStatus({ session }: { session: TailSession }) {
  useTailVersion(session);
  // The rate decays while nothing arrives, so read it again every second.
  useNow(session.phase === 'live');
  const { phase, source, sourceReason, buffer } = session;
  const rate = Math.round(session.rate.perSecond());
  return (
    <div
      className="tail-status"
      data-testid="tail-status"
      // What the e2e and the bench read; nothing of the viewer is exposed on window.
      data-phase={phase}
      data-source={source ?? ''}
      data-following={session.following}
      data-events-seen={session.eventsSeen}
      data-lines-buffered={buffer.length}
      data-dropped={session.dropped}
      data-dropped-host={session.droppedByHost}
      data-sampled={session.sampled}
      data-rate={rate}
    >
      <span data-testid="tail-phase">{phaseText(session)}</span>
      {phase !== 'search' && source && (
        <span data-testid="tail-source">
          {source === 'live' ? 'Live Tail' : 'Polling'}
          {source === 'polling' && sourceReason ? ` (${sourceReason})` : ''}
        </span>
      )}
      {phase !== 'search' && <span data-testid="tail-rate">{count(rate)} events/s</span>}
      {session.sampled && (
        <span className="tail-warning" data-testid="tail-sampled">
          Sampled: Live Tail sent a sample of a busier second
        </span>
      )}
      <span data-testid="tail-counts">
        {count(buffer.length)} of {count(buffer.capacity)} lines buffered, {count(session.eventsSeen)} events seen
      </span>
      {session.dropped > 0 && (
        <span className="tail-warning" data-testid="tail-dropped">
          {count(session.dropped)} lines dropped ({count(buffer.droppedHere)} by this buffer, {count(session.droppedByHost)} by the host)
        </span>
      )}
    </div>
  );
}

function phaseText(session: TailSession): string {
  switch (session.phase) {
    case 'connecting':
      return 'Starting…';
    case 'live':
      if (!session.following) return 'Live, following paused (press End or F to follow)';
      return session.resumedAt ? 'Live, resumed after a pause, following' : 'Live, following';
    case 'paused':
      return `Upstream paused: ${session.pausedReason ?? 'retrying'}; retrying in ${session.retryInSeconds} s`;
    case 'ended':
      return `Ended: ${session.endedReason ?? 'the producer stopped'}`;
    case 'failed':
      return `Stopped: ${session.failure ?? 'the tail ended'}`;
    case 'search':
      return session.search?.loading ? 'Searching the past range…' : 'Past range';
  }
}
