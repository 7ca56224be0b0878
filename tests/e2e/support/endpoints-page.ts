import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

/** The Endpoints area as a user sees it: list, detail with history, deploy form, deployment, scaling. */
export class EndpointsPage {
  readonly page: Page;
  /** User actions (clicks, confirmations) since `countActions()`: the rollback must take at most three. */
  actions = 0;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  row(name: string): Locator {
    return this.shell.testId(`endpoint-row-${name}`);
  }

  status(name: string): Locator {
    return this.shell.testId(`endpoint-status-${name}`).first();
  }

  detail(): Locator {
    return this.shell.testId('endpoint-detail');
  }

  history(config: string): Locator {
    return this.shell.testId(`history-${config}`);
  }

  async openList(): Promise<void> {
    await this.shell.navigate('endpoints');
    await expect(this.shell.areaTitle()).toHaveText('Endpoints');
    await expect(this.shell.testId('endpoints-table')).toBeVisible();
    await expect(
      this.page.locator('[data-testid^="endpoint-row-"], [data-testid="endpoints-empty"]').first(),
    ).toBeVisible();
  }

  async openDetail(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name }).click();
    await expect(this.detail()).toHaveAttribute('data-state', 'ready');
    await expect(this.detail().getByRole('heading', { level: 1 })).toHaveText(name);
  }

  /** Waits for an endpoint's status by its data attribute and words, never by sleeping. */
  async expectStatus(name: string, status: string, timeout = 90_000): Promise<void> {
    await expect(this.status(name)).toHaveAttribute('data-status', status, { timeout });
  }

  /** A click the user makes, counted. */
  async act(target: Locator): Promise<void> {
    this.actions += 1;
    await target.click();
  }

  countActions(): void {
    this.actions = 0;
  }

  /** Picks an option of a Cloudscape select by its visible label. */
  async choose(testId: string, label: string | RegExp): Promise<void> {
    await this.shell.testId(testId).getByRole('button').first().click();
    await this.page.getByRole('option', { name: label }).first().click();
  }

  async fill(testId: string, value: string): Promise<void> {
    const control = this.shell.testId(testId).locator('input, textarea').first();
    await control.fill(value);
    await expect(control).toHaveValue(value);
  }
}
