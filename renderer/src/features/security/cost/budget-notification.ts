import { navigateHref } from '../../../app/hash-route';
import { notificationPermission } from '../../jobs/notifications/permission';

/*
 * The over-budget notification is said once per month per profile: the month it was last said is
 * kept in localStorage (a fact of this machine, like muted alarms), so reopening the screen or
 * restarting the app does not repeat it.
 */

const storageKey = (profile: string) => `sagedeck.cost.budgetNotified.${profile}`;

export function budgetNotifiedMonth(profile: string): string | undefined {
  try {
    return window.localStorage.getItem(storageKey(profile)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A desktop notification that opens the cost section; nothing when notifications are off (the line on screen says it). */
export function notifyOverBudgetOnce(profile: string, month: string, message: string, href: string): void {
  if (budgetNotifiedMonth(profile) === month || notificationPermission() !== 'granted') return;
  window.localStorage.setItem(storageKey(profile), month);
  const notification = new Notification('Cost forecast over budget', { body: `${profile}: ${message}.`, tag: `sagedeck-cost-budget-${profile}` });
  notification.onclick = () => {
    window.focus();
    navigateHref(href);
    notification.close();
  };
}
