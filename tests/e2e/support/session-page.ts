import { expect, type Locator, type Page } from '@playwright/test';
import type { ShellPage } from './shell-page';

/** The session parts of the UI: identity in the top bar, MFA prompt, SSO sign-in, Profiles page. */
export class SessionPage {
  readonly page: Page;

  constructor(readonly shell: ShellPage) {
    this.page = shell.page;
  }

  account(): Locator {
    return this.shell.testId('identity-account');
  }

  arn(): Locator {
    return this.shell.testId('identity-arn');
  }

  expiry(): Locator {
    return this.shell.testId('identity-expiry');
  }

  region(): Locator {
    return this.shell.testId('current-region');
  }

  /** Picks a profile in the top-bar menu; does not wait for the switch (an MFA prompt may come first). */
  async chooseProfile(name: string): Promise<void> {
    await this.shell.testId('profile-switcher').click();
    await this.shell.testId(`profile-option-${name}`).click();
  }

  async answerMfa(code: string): Promise<void> {
    const prompt = this.shell.testId('mfa-prompt');
    await expect(prompt).toBeVisible();
    await this.shell.testId('mfa-code').fill(code);
    await this.shell.testId('mfa-submit').click();
    await expect(prompt).toBeHidden();
  }

  /** From "Sign in again" to the code on screen; returns the user code shown. */
  async startSsoSignIn(): Promise<string> {
    await this.shell.testId('sso-sign-in').click();
    const code = this.shell.testId('sso-user-code');
    await expect(code).toBeVisible();
    return (await code.textContent())?.trim() ?? '';
  }

  /** "Open sign-in page"; the web host cannot open a browser, so the address is shown as a link. */
  async verificationUrl(): Promise<string> {
    await this.shell.testId('sso-open').click();
    const link = this.shell.testId('sso-verification-link');
    await expect(link).toBeVisible();
    return (await link.getAttribute('href')) ?? '';
  }

  async openProfilesPage(): Promise<void> {
    await this.shell.testId('profile-switcher').click();
    await this.shell.testId('profile-switcher-manage').click();
    await expect(this.shell.areaTitle()).toHaveText('Profiles');
    await expect(this.shell.testId('keychain-status')).not.toHaveText(/Checking/);
  }

  keychainStatus(): Locator {
    return this.shell.testId('keychain-status');
  }

  async keychainAvailable(): Promise<boolean> {
    return this.shell.testId('managed-name').isEnabled();
  }

  async addManagedProfile(values: {
    name: string;
    region?: string;
    accessKeyId: string;
    secretAccessKey: string;
    endpointUrl?: string;
  }): Promise<void> {
    await this.shell.testId('managed-name').fill(values.name);
    if (values.region) await this.shell.testId('managed-region').fill(values.region);
    await this.shell.testId('managed-accessKeyId').fill(values.accessKeyId);
    await this.shell.testId('managed-secretAccessKey').fill(values.secretAccessKey);
    if (values.endpointUrl) await this.shell.testId('managed-endpointUrl').fill(values.endpointUrl);
    await this.shell.testId('managed-profile-submit').click();
    await expect(this.shell.testId('managed-profile-added')).toContainText(values.name);
  }
}
