import { lazy } from 'react';
import { QuietLazy } from '../../../components/QuietLazy';
import { useAlarmWindowTitle } from './use-alarm-title';

// Its own chunk, loaded once a session is ready: the first download stays the shell.
const AlarmNotifier = lazy(() => import('../notifications/AlarmNotifier'));

/**
 * What the shell mounts once for alarms: the window title follows the count in ALARM, and the
 * notifier (which follows alarms.watch and publishes that count) runs while a session is ready.
 */
export function AlarmsShell({ ready }: { ready: boolean }) {
  useAlarmWindowTitle();
  return <QuietLazy ready={ready} component={AlarmNotifier} />;
}
