import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

/** The Logs area's live tail viewer as a user sees it: tabs, status, filters, lines, export. */
export class LogsPage {
  readonly page: Page;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  view(): Locator {
    return this.shell.testId('tail-view');
  }

  status(): Locator {
    return this.shell.testId('tail-status');
  }

  lines(): Locator {
    return this.shell.testId('tail-lines');
  }

  /** The rows on screen (the list is virtualised: only those exist). */
  rows(): Locator {
    return this.lines().getByTestId('tail-line');
  }

  streamToggles(): Locator {
    return this.shell.testId('tail-streams').getByRole('button');
  }

  /** Opens a tail address directly, as a link from elsewhere would. */
  async openAddress(hash: string): Promise<void> {
    // A hash change, not a reload: the open tails stay open. (The e2e tsconfig has no DOM types.)
    await this.page.evaluate((target) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = target;
    }, hash);
    await this.waitStarted();
  }

  /** The host has answered `started`: the tail is live (or polling). */
  async waitStarted(): Promise<void> {
    await expect(this.view()).toBeVisible();
    await expect(this.status()).toHaveAttribute('data-phase', 'live');
  }

  async eventsSeen(): Promise<number> {
    return Number(await this.status().getAttribute('data-events-seen'));
  }

  /** Waits until more than `count` events have arrived. */
  async expectMoreEventsThan(count: number): Promise<void> {
    await expect.poll(() => this.eventsSeen(), { timeout: 20_000 }).toBeGreaterThan(count);
  }

  async expectFollowing(following: boolean): Promise<void> {
    await expect(this.status()).toHaveAttribute('data-following', String(following));
  }

  async highlight(regex: string): Promise<void> {
    await this.shell.testId('tail-regex').locator('input').fill(regex);
  }

  async onlyMatching(): Promise<void> {
    await this.shell.testId('tail-only-matching').locator('input').check();
  }

  async exportAs(format: 'log' | 'jsonl'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Export .${format}` }).click();
    return download;
  }
}
