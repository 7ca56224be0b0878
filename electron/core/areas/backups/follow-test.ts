import type { RestoreTestProgress } from '../../../../shared/domain/backups';
import type { WatchEvent } from '../../../../shared/domain/watch';
import type { SessionManager } from '../../session/session-manager';

type Emit = (event: WatchEvent<RestoreTestProgress>) => void;

/**
 * Holds a restore test's watcher (the one its screen shares) until the test is done, so the
 * restore is verified and recorded even when nobody keeps its screen open. Lets go when the
 * session changes: the test stays pending in that profile and region, and resumes when it is
 * watched there again.
 */
export function followToTheEnd(watch: (emit: Emit) => () => void, session: SessionManager): void {
  const generation = session.current().generation;
  const held: { release?: () => void } = {};
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopWatchingSession();
    held.release?.();
  };
  const stopWatchingSession = session.onChange((next) => {
    if (next.generation !== generation) stop();
  });
  held.release = watch((event) => {
    const seen = event.type === 'snapshot' ? event.items : event.type === 'changes' ? [...event.added, ...event.updated] : [];
    // Let go after this poll has settled (and re-armed), never from inside it.
    if (seen.some((progress) => progress.done)) setImmediate(stop);
  });
}
