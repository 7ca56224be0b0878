import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

/** The Experiments area and the lineage view as a user sees them. */
export class ExperimentsPage {
  readonly page: Page;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  async openList(): Promise<void> {
    await this.shell.testId('nav-experiments').click();
    await expect(this.shell.testId('experiments-list')).toHaveAttribute('data-state', 'ready');
  }

  async openExperiment(name: string): Promise<void> {
    await this.shell.testId(`experiment-row-${name}`).click();
    await expect(this.shell.testId('runs-select-best')).toBeVisible();
  }

  /** "Select the best N by <metric>", then "Compare N runs". */
  async compareBest(count: number): Promise<void> {
    await this.shell.testId('runs-best-count').locator('input').fill(String(count));
    await this.shell.testId('runs-select-best').click();
    await expect(this.shell.testId('runs-compare')).toBeEnabled();
    await this.shell.testId('runs-compare').click();
    await expect(this.shell.testId('compare-metrics')).toBeVisible();
  }

  comparedRuns(): Locator {
    return this.page.locator('[data-testid^="compare-run-"]');
  }

  /** The run whose value of `metric` carries the "best" mark. */
  async bestRunBy(metric: string): Promise<string> {
    const cell = this.page.locator(`[data-testid^="compare-metric-${metric}-"]`).filter({ has: this.shell.testId(`compare-best-${metric}`) });
    await expect(cell).toHaveCount(1);
    const id = (await cell.getAttribute('data-testid')) ?? '';
    return id.slice(`compare-metric-${metric}-`.length);
  }

  lineageNode(kind: string, name?: string | RegExp): Locator {
    const nodes = this.page.locator(`[data-testid="lineage-node"][data-kind="${kind}"]`);
    if (name === undefined) return nodes;
    return typeof name === 'string' ? nodes.and(this.page.locator(`[data-name="${name}"]`)) : nodes.filter({ hasText: name });
  }
}
