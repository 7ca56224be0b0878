import '../../jobs/notifications/notifications.css';
import './alarm-toasts.css';
import { useEffect, useRef, useState } from 'react';
import { countInAlarm } from '../../../../../shared/domain/alarms-board';
import type { AlarmStateValue } from '../../../../../shared/domain/alarms';
import { navigateHref } from '../../../app/hash-route';
import { useSession } from '../../../app/services';
import { notificationPermission } from '../../jobs/notifications/permission';
import { withQueries } from '../../query-client';
import { alarmHref } from '../alarm-routes';
import { publishAlarmCount } from '../shell/alarm-count';
import { useAlarms } from '../use-alarms';
import { alarmTransitions, transitionText, type AlarmTransition } from './alarm-transitions';
import { isMuted } from './muted-alarms';

interface Toast extends AlarmTransition {
  id: string;
}

function notify(transition: AlarmTransition, toast: (transition: AlarmTransition) => void) {
  if (notificationPermission() !== 'granted') {
    toast(transition);
    return;
  }
  const { title, body } = transitionText(transition);
  const notification = new Notification(title, { body, tag: `alarm/${transition.alarm.name}` });
  notification.onclick = () => {
    window.focus();
    navigateHref(alarmHref(transition.alarm.name));
    notification.close();
  };
}

/**
 * Mounted once by the shell (lazily): follows alarms.watch, even while the window is hidden, and
 * is the one subscription behind the navigation count, the window title and the notifications: a
 * desktop notification when an alarm enters ALARM or returns to OK (unless muted for the profile),
 * opening the alarm on click; an in-app toast when notifications are denied or unsupported.
 */
function AlarmNotifier() {
  const { alarms, isPending, sessionKey } = useAlarms({ followWhileHidden: true });
  const profile = useSession((state) => state.session?.profile);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const seen = useRef<{ session: string | undefined; states: Map<string, AlarmStateValue> }>({ session: undefined, states: new Map() });

  useEffect(() => {
    publishAlarmCount(isPending ? undefined : countInAlarm(alarms));
  }, [alarms, isPending]);
  useEffect(() => () => publishAlarmCount(undefined), []);

  useEffect(() => {
    // A new session is a new world: nothing it lists has "just" changed state.
    if (seen.current.session !== sessionKey) seen.current = { session: sessionKey, states: new Map() };
    if (isPending) return;
    const news = alarmTransitions(seen.current.states, alarms).filter(({ alarm }) => !isMuted(profile, alarm.name));
    seen.current.states = new Map(alarms.map((alarm) => [alarm.name, alarm.state]));
    for (const transition of news) {
      notify(transition, (shown) =>
        setToasts((current) => [...current.slice(-4), { ...shown, id: `${shown.alarm.name}/${shown.to}/${Date.now()}` }]),
      );
    }
  }, [alarms, isPending, sessionKey, profile]);

  const dismiss = (id: string) => setToasts((current) => current.filter((toast) => toast.id !== id));
  if (toasts.length === 0) return null;
  return (
    <div className="alarm-toasts" role="status" aria-live="polite" data-testid="alarm-toasts">
      {toasts.map((toast) => {
        const { title, body } = transitionText(toast);
        return (
          <div key={toast.id} className={`job-toast alarm-toast-${toast.to.toLowerCase()}`} data-testid={`alarm-toast-${toast.alarm.name}`}>
            <a href={alarmHref(toast.alarm.name)} onClick={() => dismiss(toast.id)}>
              <strong>{title}</strong>
            </a>
            <p>{body}</p>
            <button type="button" aria-label={`Dismiss: ${title}`} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}

export default withQueries(AlarmNotifier);
