/*
 * The web Notification API works in Electron renderers and browsers alike. Permission is asked once,
 * only from a user's own action (opening a job list, starting a job), never on load: a prompt the
 * user did not cause is one they learn to dismiss.
 */

export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return notificationsSupported() ? Notification.permission : 'unsupported';
}

/** Asks when nobody has answered yet; call it from a click or submit handler. */
export function askNotificationPermissionOnce(): void {
  if (!notificationsSupported() || Notification.permission !== 'default') return;
  void Promise.resolve(Notification.requestPermission()).catch(() => undefined);
}
