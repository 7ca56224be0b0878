import { navigateHref } from '../../../../app/hash-route';
import { notificationPermission } from '../../../jobs/notifications/permission';
import type { TargetTransition } from './target-transitions';

export interface TargetAlert {
  title: string;
  body: string;
  /** The board to open: `#/api/load-balancers/<lb>/target-groups/<tg>`. */
  href: string;
}

export function targetAlert(transition: TargetTransition, targetGroup: string, href: string): TargetAlert {
  const port = transition.port !== undefined ? `:${transition.port}` : '';
  const why = transition.description ?? transition.reason ?? 'It fails its health checks.';
  return { title: `${transition.id}${port} is unhealthy`, body: `${targetGroup}: ${why}`, href };
}

/**
 * The app's notification path (as the job and alarm notifiers): a desktop notification that opens
 * the board on click, or the in-app `toast` when notifications are denied or unsupported.
 */
export function raiseTargetAlert(alert: TargetAlert, tag: string, toast: (alert: TargetAlert) => void): void {
  if (notificationPermission() !== 'granted') {
    toast(alert);
    return;
  }
  const notification = new Notification(alert.title, { body: alert.body, tag });
  notification.onclick = () => {
    window.focus();
    navigateHref(alert.href);
    notification.close();
  };
}
