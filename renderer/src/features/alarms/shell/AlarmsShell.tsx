import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useAlarmWindowTitle } from './use-alarm-title';

// Its own chunk, loaded once a session is ready: the first download stays the shell.
const AlarmNotifier = lazy(() => import('../notifications/AlarmNotifier'));

/** A notifier that fails (chunk or host) must never take the shell down with it. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * What the shell mounts once for alarms: the window title follows the count in ALARM, and the
 * notifier (which follows alarms.watch and publishes that count) runs while a session is ready.
 */
export function AlarmsShell({ ready }: { ready: boolean }) {
  useAlarmWindowTitle();
  if (!ready) return null;
  return (
    <Quiet>
      <Suspense fallback={null}>
        <AlarmNotifier />
      </Suspense>
    </Quiet>
  );
}
