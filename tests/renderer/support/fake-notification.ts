import { afterEach, beforeEach, vi } from 'vitest';

/** The web Notification API as the app's notifiers use it: permission, title, body, tag, onclick. */
export class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }
  close() {
    this.closed = true;
  }
}

/**
 * In a describe block: each test starts with permission granted, nothing shown, the fake installed
 * as `Notification`, and `window.focus` stubbed (jsdom has none; notifiers bring the window forward
 * before opening what a click names).
 */
export function useFakeNotifications(): void {
  beforeEach(() => {
    FakeNotification.permission = 'granted';
    FakeNotification.shown = [];
    vi.stubGlobal('Notification', FakeNotification);
    vi.spyOn(window, 'focus').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}
