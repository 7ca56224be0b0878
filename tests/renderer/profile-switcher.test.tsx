import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProfileKind } from '../../shared/domain/profiles';
import { appReady, preloadChunks } from './support/app-ready';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderApp } from './support/render-app';

beforeAll(preloadChunks);

function menuItems(): string[] {
  return within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((option) => option.dataset.testid ?? '');
}

function sections(): string[] {
  return [...screen.getByRole('listbox').querySelectorAll('.menu-section')].map((item) => item.textContent ?? '');
}

describe('profile switcher', () => {
  it('lists recent profiles first, then the rest, and updates the order after a switch', async () => {
    const host = new FakeCore({
      profiles: [
        profile('sandbox', { kind: 'sandbox', region: 'us-east-1' }),
        profile('alpha'),
        profile('beta'),
        profile('gamma'),
      ],
      settings: { recentProfiles: ['gamma', 'sandbox', 'removed-long-ago'] },
    });
    renderApp({ host });
    await appReady();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    expect(menuItems()).toEqual([
      'profile-option-gamma',
      'profile-option-sandbox',
      'profile-option-alpha',
      'profile-option-beta',
    ]);
    expect(sections()).toEqual(['Recent', 'All profiles']);

    fireEvent.click(screen.getByTestId('profile-option-beta'));
    await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe('beta'));
    // The menu closes once the switch has landed; a click before that would toggle it shut.
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    fireEvent.click(screen.getByTestId('profile-switcher'));
    await waitFor(() => expect(menuItems()[0]).toBe('profile-option-beta'));
    expect(menuItems()).toEqual([
      'profile-option-beta',
      'profile-option-gamma',
      'profile-option-sandbox',
      'profile-option-alpha',
    ]);
  });

  it('names the kind of every profile', async () => {
    const kinds: [ProfileKind, string][] = [
      ['sandbox', 'Local sandbox'],
      ['static', 'Static keys'],
      ['sso', 'IAM Identity Center (SSO)'],
      ['assume-role', 'Assume role'],
      ['credential-process', 'Credential process'],
      ['web-identity', 'Web identity'],
      ['app-managed', 'Stored in SageDeck'],
    ];
    renderApp({
      profiles: kinds.map(([kind]) => profile(`p-${kind}`, { kind, region: 'eu-west-1' })),
      session: { profile: 'p-sandbox' },
    });
    await appReady();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    for (const [kind, label] of kinds) {
      expect(screen.getByTestId(`profile-option-p-${kind}`).textContent).toContain(`${label} · eu-west-1`);
    }
    // Filtering by kind works too.
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter profiles' }), { target: { value: 'web identity' } });
    expect(menuItems()).toEqual(['profile-option-p-web-identity']);
  });

  it('marks and unmarks production from the menu without switching, and suggests it for prod-like names', async () => {
    const host = new FakeCore({
      profiles: [profile('sandbox', { kind: 'sandbox' }), profile('prod-ml', { kind: 'sso', suggestProduction: true })],
    });
    renderApp({ host });
    await appReady();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    expect(screen.getByTestId('profile-production-sandbox').textContent).toBe('Mark as production');
    const chip = screen.getByTestId('profile-production-prod-ml');
    expect(chip.textContent).toBe('Looks like production: mark it');
    expect(chip.className).toContain('is-suggestion');

    fireEvent.click(chip);
    await waitFor(() => expect(screen.getByTestId('profile-production-prod-ml').textContent).toBe('Unmark production'));
    expect(host.callsTo('profiles.setProduction').map((call) => call.input)).toEqual([
      { name: 'prod-ml', production: true },
    ]);
    expect(within(screen.getByTestId('profile-option-prod-ml')).getByText('PRODUCTION')).toBeTruthy();
    // Marking is not switching: the session stays where it was and the menu stays open.
    expect(screen.getByTestId('current-profile').textContent).toBe('sandbox');
    expect(host.callsTo('session.select')).toHaveLength(0);

    // Marking the current profile shows the top-bar badge at once; unmarking removes it. A chip
    // ignores clicks while a marking is in flight, as a user would see it greyed.
    const idle = (testId: string) => waitFor(() => expect(screen.getByTestId(testId).getAttribute('aria-disabled')).toBeNull());
    await idle('profile-production-sandbox');
    fireEvent.click(screen.getByTestId('profile-production-sandbox'));
    expect(await screen.findByTestId('production-badge')).toBeTruthy();
    expect(screen.getByTestId('top-bar').className).toContain('is-production');
    await waitFor(() => expect(screen.getByTestId('profile-production-sandbox').textContent).toBe('Unmark production'));
    await idle('profile-production-sandbox');
    fireEvent.click(screen.getByTestId('profile-production-sandbox'));
    await waitFor(() => expect(screen.queryByTestId('production-badge')).toBeNull());
  });

  it('marks production from the keyboard: Shift+Enter on the highlighted option, as the hint says', async () => {
    const host = new FakeCore({
      profiles: [profile('sandbox', { kind: 'sandbox' }), profile('prod-ml', { kind: 'sso', suggestProduction: true })],
    });
    renderApp({ host });
    await appReady();
    screen.getByTestId('profile-switcher').focus();
    fireEvent.keyDown(screen.getByTestId('profile-switcher'), { key: 'ArrowDown' });
    const filter = screen.getByRole('combobox', { name: 'Filter profiles' });
    expect(document.activeElement).toBe(filter);
    fireEvent.change(filter, { target: { value: 'prod-ml' } });
    const hint = screen.getByTestId('profile-switcher-hint');
    expect(hint.textContent).toBe('Shift+Enter: Looks like production: mark it');
    expect(filter.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
    // An option holds no control of its own: screen readers read it whole, Tab leaves the menu.
    expect(within(screen.getByTestId('profile-option-prod-ml')).queryByRole('button')).toBeNull();

    fireEvent.keyDown(filter, { key: 'Enter', shiftKey: true });
    await waitFor(() => expect(screen.getByTestId('profile-production-prod-ml').textContent).toBe('Unmark production'));
    expect(host.callsTo('profiles.setProduction').map((call) => call.input)).toEqual([
      { name: 'prod-ml', production: true },
    ]);
    expect(screen.getByTestId('profile-switcher-hint').textContent).toBe('Shift+Enter: Unmark production');
    expect(host.callsTo('session.select')).toHaveLength(0);
    expect(document.activeElement).toBe(filter);

    fireEvent.keyDown(filter, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe('prod-ml'));
  });

  it('shows why marking failed inside the menu', async () => {
    const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox' })] });
    renderApp({ host });
    await appReady();
    host.failNext('profiles.setProduction', { code: 'Internal', message: 'settings.json is read-only' });
    fireEvent.click(screen.getByTestId('profile-switcher'));
    fireEvent.click(screen.getByTestId('profile-production-sandbox'));
    expect((await screen.findByRole('alert')).textContent).toBe('settings.json is read-only');
    expect(screen.getByTestId('profile-production-sandbox').textContent).toBe('Mark as production');
  });

  it('leads to the page for adding a profile with access keys', async () => {
    renderApp();
    await appReady();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    fireEvent.click(screen.getByTestId('profile-switcher-manage'));
    await waitFor(() => expect(screen.getByTestId('area-title').textContent).toBe('Profiles'));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(await screen.findByTestId('managed-profile-form')).toBeTruthy();
  });
});

describe('picker names', () => {
  it('name each picker by the text it shows, caption then value (WCAG 2.5.3 Label in Name)', async () => {
    renderApp({
      session: { profile: 'sandbox', region: 'eu-west-1' },
      profiles: [profile('sandbox', { kind: 'sandbox' })],
    });
    await appReady();
    const profileButton = screen.getByRole('button', { name: 'Profile sandbox' });
    const regionButton = screen.getByRole('button', { name: 'Region eu-west-1' });
    expect(profileButton).toBe(screen.getByTestId('profile-switcher'));
    expect(regionButton).toBe(screen.getByTestId('region-switcher'));
    expect(profileButton.textContent).toBe('Profile sandbox');
    expect(regionButton.textContent).toBe('Region eu-west-1');

    // The name follows the value after a switch.
    fireEvent.click(regionButton);
    fireEvent.click(screen.getByTestId('region-option-ap-south-1'));
    expect(await screen.findByRole('button', { name: 'Region ap-south-1' })).toBe(regionButton);
    expect(document.activeElement).toBe(regionButton);
  });
});

describe('region picker', () => {
  it('lists the current region, then recent ones, then the others', async () => {
    renderApp({
      session: { region: 'eu-west-1' },
      settings: { recentRegions: ['eu-west-1', 'ap-south-1', 'us-west-2'] },
    });
    await appReady();
    fireEvent.click(screen.getByTestId('region-switcher'));
    expect(menuItems().slice(0, 4)).toEqual([
      'region-option-eu-west-1',
      'region-option-ap-south-1',
      'region-option-us-west-2',
      'region-option-us-east-1',
    ]);
    expect(sections()).toEqual(['Recent', 'All regions']);
    expect(menuItems().filter((id) => id === 'region-option-ap-south-1')).toHaveLength(1);
  });
});
