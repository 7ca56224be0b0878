import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

export type JobKind = 'processing' | 'training';

/** The Jobs area (processing and training) as a user sees it: list, detail, start/clone form. */
export class JobsPage {
  readonly page: Page;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  table(): Locator {
    return this.shell.testId('jobs-table');
  }

  /** The name cell of a job's row in the list. */
  row(name: string): Locator {
    return this.shell.testId(`job-row-${name}`);
  }

  rowsStartingWith(prefix: string): Locator {
    return this.page.locator(`[data-testid^="job-row-${prefix}"]`);
  }

  /** The status of one job, in the list row or in the detail header (wherever it is on screen). */
  status(name: string): Locator {
    return this.shell.testId(`job-status-${name}`);
  }

  detail(): Locator {
    return this.shell.testId('job-detail');
  }

  failureReason(): Locator {
    return this.shell.testId('job-failure-reason');
  }

  form(): Locator {
    return this.shell.testId('job-form');
  }

  /** The text control of a form field (`name`, `inputs.1.s3Uri`): Cloudscape puts the test id on its wrapper. */
  field(path: string): Locator {
    return this.shell.testId(`job-field-${path}`).locator('input, textarea').first();
  }

  async openList(kind: JobKind): Promise<void> {
    await this.shell.navigate(kind);
    await expect(this.shell.areaTitle()).toHaveText(kind === 'training' ? 'Training' : 'Processing');
    await this.waitListed();
  }

  /** The table shows rows or says it has none: the first page has arrived. */
  async waitListed(): Promise<void> {
    await expect(this.table()).toBeVisible();
    await expect(this.page.locator('[data-testid^="job-row-"], [data-testid="jobs-empty"]').first()).toBeVisible();
  }

  /** Types a property token into the list's filter ("Status = Failed") and applies it with Enter. */
  async filter(text: string): Promise<void> {
    const input = this.table().getByRole('combobox').first();
    await input.fill(text);
    await input.press('Enter');
  }

  async filterByStatus(status: string): Promise<void> {
    await this.filter(`Status = ${status}`);
    // The applied token shows under the filter input: the list now asks AWS for that status only.
    await expect(this.table().getByText(`Status = ${status}`)).toBeVisible();
  }

  async openJob(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name }).click();
    await this.waitDetail(name);
  }

  async waitDetail(name: string): Promise<void> {
    await expect(this.detail()).toHaveAttribute('data-state', 'ready');
    await expect(this.detail().getByRole('heading', { level: 1 })).toHaveText(name);
  }

  async clone(): Promise<void> {
    await this.shell.testId('job-action-clone').click();
    await expect(this.form()).toBeVisible();
  }

  async fill(path: string, value: string): Promise<void> {
    const control = this.field(path);
    await control.fill(value);
    await expect(control).toHaveValue(value);
  }

  /** Starts the job in the form; the app opens the new job's detail. Returns its name. */
  async submitForm(): Promise<string> {
    const name = await this.field('name').inputValue();
    await this.shell.testId('job-form-submit').click();
    await this.waitDetail(name);
    return name;
  }

  /** Waits for a status by its words (what the user reads), never by sleeping. */
  async expectStatus(name: string, status: string, timeout = 60_000): Promise<void> {
    await expect(this.status(name).first()).toHaveAttribute('data-status', status, { timeout });
    await expect(this.status(name).first()).toContainText(status === 'InProgress' ? 'In progress' : status);
  }
}
