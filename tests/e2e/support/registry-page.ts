import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

/** The Model registry area as a user sees it: groups, a group's versions, a version, the comparison. */
export class RegistryPage {
  readonly page: Page;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  async openGroups(): Promise<void> {
    await this.shell.testId('nav-registry').click();
    await expect(this.shell.testId('registry-groups')).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.shell.testId('registry-group-search').getByRole('searchbox').fill(text);
  }

  group(name: string): Locator {
    return this.shell.testId(`registry-group-${name}`);
  }

  async openGroup(name: string): Promise<void> {
    await this.group(name).click();
    await expect(this.shell.testId('registry-versions')).toBeVisible();
  }

  versionLink(version: number): Locator {
    return this.shell.testId(`registry-version-${version}`);
  }

  status(version: number): Locator {
    return this.shell.testId(`registry-status-${version}`);
  }

  async openVersion(version: number): Promise<void> {
    await this.versionLink(version).click();
    await expect(this.detail()).toHaveAttribute('data-state', 'ready');
  }

  detail(): Locator {
    return this.shell.testId('registry-version');
  }

  history(): Locator {
    return this.shell.testId('registry-history');
  }

  /** Approves the open version with `comment`, confirming the gate's dialog (typing the name when asked). */
  async approve(comment: string, typed?: string): Promise<void> {
    await this.shell.testId('registry-comment').locator('textarea').fill(comment);
    await this.shell.testId('registry-approve').click();
    const modal = this.shell.testId('confirm-modal');
    await expect(modal).toBeVisible();
    if (typed !== undefined) await modal.getByTestId('confirm-input').fill(typed);
    await modal.getByTestId('confirm-submit').click();
    await expect(modal).toBeHidden();
  }

  /** Ticks a version's row for the comparison. */
  async select(version: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Compare version ${version}` }).check();
  }
}
