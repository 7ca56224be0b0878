import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningWebHost } from '../../support/web-host-process';

/** The app shell as a user sees it; tests speak in these terms, never in selectors. */
export class ShellPage {
  constructor(
    readonly page: Page,
    public host: RunningWebHost,
  ) {}

  /** Opens the one-time URL and waits for the app to say it is ready. */
  async open(): Promise<void> {
    await this.page.goto(this.host.url);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.page.getByTestId('app-root')).toHaveAttribute('data-app-state', 'ready');
  }

  testId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  areaTitle(): Locator {
    return this.testId('area-title');
  }

  async navigate(area: string): Promise<void> {
    await this.testId(`nav-${area}`).click();
  }

  async paletteGo(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const input = this.testId('palette-input');
    await expect(input).toBeVisible();
    await input.fill(query);
    await input.press('Enter');
    await expect(this.testId('command-palette')).toBeHidden();
  }

  async switchProfile(name: string): Promise<void> {
    await this.testId('profile-switcher').click();
    await this.testId(`profile-option-${name}`).click();
    await expect(this.testId('current-profile')).toHaveText(name);
  }
}
