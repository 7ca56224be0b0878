import { expect, type BrowserContext, type Page } from '@playwright/test';

/** What the page handed to `new Notification(title, options)`. */
export interface ShownNotification {
  title: string;
  body: string;
  tag: string;
}

/*
 * These functions run in the page, and the node tsconfig has no DOM library: the page's globals are
 * typed here by the little this file touches.
 */
interface PageNotification extends ShownNotification {
  onclick: ((event: unknown) => void) | null;
}
interface NotificationClass {
  new (title: string, options?: { body?: string; tag?: string }): PageNotification;
  readonly permission: string;
  requestPermission(): Promise<string>;
  prototype: PageNotification;
}
interface PageGlobals {
  Notification?: NotificationClass;
  __sagedeckNotifications?: PageNotification[];
}

/**
 * Grants the 'notifications' permission to the app's origin and wraps `window.Notification` before
 * any app script runs, so a test sees every desktop notification (title, body, tag) and can click
 * it (`onclick`), which headless chromium cannot do on a real one. The wrapper still creates the real
 * notification, so the app runs against the browser's own API.
 */
export async function recordNotifications(context: BrowserContext, origin: string): Promise<void> {
  await context.grantPermissions(['notifications'], { origin });
  await context.addInitScript(() => {
    const scope = globalThis as unknown as PageGlobals;
    const Real = scope.Notification;
    if (!Real) return;
    const shown: PageNotification[] = [];
    scope.__sagedeckNotifications = shown;
    const Recorded = function (title: string, options?: { body?: string; tag?: string }) {
      let notification: PageNotification;
      try {
        notification = new Real(title, options);
      } catch {
        // A browser that refuses to show one still lets the test see what the app asked for.
        notification = { title, body: options?.body ?? '', tag: options?.tag ?? '', onclick: null };
      }
      shown.push(notification);
      return notification;
    } as unknown as NotificationClass;
    Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
    Recorded.requestPermission = Real.requestPermission.bind(Real);
    Recorded.prototype = Real.prototype;
    scope.Notification = Recorded;
  });
}

export async function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(() =>
    ((globalThis as unknown as PageGlobals).__sagedeckNotifications ?? []).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
    })),
  );
}

/** Waits (on the page's own record, polled by Playwright) for a notification whose title matches. */
export async function waitForNotification(page: Page, title: RegExp, timeout = 30_000): Promise<ShownNotification> {
  let found: ShownNotification | undefined;
  await expect
    .poll(
      async () => {
        found = (await shownNotifications(page)).find((n) => title.test(n.title));
        return found !== undefined;
      },
      { timeout, message: `a notification titled ${title}` },
    )
    .toBe(true);
  return found!;
}

/** Clicks a shown notification as the OS would: its `onclick` handler runs in the page. */
export async function clickNotification(page: Page, tag: string): Promise<void> {
  const clicked = await page.evaluate((wanted) => {
    const notification = ((globalThis as unknown as PageGlobals).__sagedeckNotifications ?? []).find((n) => n.tag === wanted);
    if (!notification?.onclick) return false;
    notification.onclick.call(notification, { type: 'click' });
    return true;
  }, tag);
  expect(clicked, `notification ${tag} has an onclick handler`).toBe(true);
}

/** Marks the current document; `sameDocument` is true until the page is reloaded or navigated away. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((globalThis as unknown as { __sagedeckMark?: boolean }).__sagedeckMark = true));
}

export async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { __sagedeckMark?: boolean }).__sagedeckMark === true);
}
