import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

/** The Logs area's log group list and Logs Insights screen as a user sees them. */
export class LogsInsightsPage {
  readonly page: Page;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  groupsTable(): Locator {
    return this.shell.testId('log-groups-table');
  }

  /** The name cell of a group's row. */
  groupRow(name: string): Locator {
    return this.shell.testId(`log-group-row-${name}`);
  }

  /** The retention select of a group (its trigger shows the period). */
  retention(name: string): Locator {
    return this.shell.testId(`log-group-retention-${name}`);
  }

  /** Chooses a retention period; the console's confirmation appears and is accepted. */
  async setRetention(name: string, period: string): Promise<void> {
    await this.retention(name).click();
    // The option list opens in a layer of its own (expandToViewport), outside the table.
    await this.page.getByRole('option', { name: period, exact: true }).click();
    const modal = this.shell.testId('confirm-modal');
    await expect(modal).toContainText('Set log retention');
    await modal.getByTestId('confirm-submit').click();
    await expect(modal).toBeHidden();
  }

  /** Opens a group's stream picker and waits for its first streams. */
  async openStreamPicker(name: string): Promise<Locator> {
    await this.shell.testId(`log-group-streams-${name}`).click();
    const picker = this.shell.testId('stream-picker');
    await expect(picker.locator('tbody tr').first()).toBeVisible();
    return picker;
  }

  foreverFlag(name: string): Locator {
    return this.shell.testId(`log-group-forever-${name}`);
  }

  async openGroups(): Promise<void> {
    await this.shell.navigate('logs');
    await expect(this.shell.areaTitle()).toHaveText('Logs');
    await expect(this.groupsTable()).toBeVisible();
    await expect(
      this.page.locator('[data-testid^="log-group-row-"], [data-testid="log-groups-empty"]').first(),
    ).toBeVisible();
  }

  /** Follows a group's "Query" link: Insights opens with that group chosen. */
  async queryGroup(name: string): Promise<void> {
    await this.shell.testId(`log-group-query-${name}`).click();
    await expect(this.editor()).toBeVisible();
    await expect(this.shell.testId('insights-groups')).toContainText(name);
  }

  editor(): Locator {
    return this.shell.testId('insights-query').locator('textarea');
  }

  async chooseRange(label: '5 min' | '1 hour' | '1 day' | '1 week'): Promise<void> {
    await this.shell.testId('insights-range').getByRole('button', { name: label }).click();
  }

  /** Replaces the query and runs it with the keyboard shortcut, as a user at the editor would. */
  async runQuery(query: string): Promise<void> {
    await this.editor().fill(query);
    await this.editor().press('Control+Enter');
  }

  status(): Locator {
    return this.shell.testId('insights-status');
  }

  results(): Locator {
    return this.shell.testId('insights-results');
  }

  /** Data rows of the results table (the header row left out). */
  resultRows(): Locator {
    return this.results().locator('tbody tr');
  }

  chart(): Locator {
    return this.shell.testId('insights-chart');
  }
}
