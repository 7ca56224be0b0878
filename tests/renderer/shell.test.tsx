import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { installColorScheme } from './support/media-query';
import { renderApp } from './support/render-app';

const AREA_LABELS: Record<string, string> = {
  overview: 'Overview',
  data: 'Data',
  processing: 'Processing',
  training: 'Training',
  experiments: 'Experiments',
  registry: 'Model registry',
  endpoints: 'Endpoints',
  logs: 'Logs',
  alarms: 'Alarms & metrics',
  api: 'API & load balancing',
  security: 'Security & cost',
  activity: 'Activity',
};

async function ready() {
  await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));
}

function navigate(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('app shell', () => {
  it('stays loading until session and profiles arrive, then says ready', async () => {
    const host = new FakeCore();
    const release = host.hold('profiles.list');
    renderApp({ host });
    expect(screen.getByTestId('app-root').dataset.appState).toBe('loading');
    release();
    await ready();
    expect(screen.getByTestId('current-profile').textContent).toBe('sandbox');
    expect(screen.getByTestId('current-region').textContent).toBe('us-east-1');
  });

  it('shows the error and recovers with Try again when the host fails to answer', async () => {
    const host = new FakeCore();
    host.failNext('session.current', {
      code: 'ConfigParseError',
      message: '~/.aws/config line 3: expected a section header',
    });
    renderApp({ host });
    await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('error'));
    expect(screen.getByRole('alert').textContent).toContain('~/.aws/config line 3');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await ready();
  });

  it('lists every area in the side navigation', async () => {
    renderApp();
    await ready();
    for (const [id, label] of Object.entries(AREA_LABELS)) {
      const link = screen.getByTestId(`nav-${id}`);
      expect(link.textContent).toBe(label);
      expect(link.getAttribute('href')).toBe(`#/${id}`);
    }
  });

  it('shows the area title and marks its link as the current page', async () => {
    renderApp();
    await ready();
    navigate('#/security');
    expect(screen.getByTestId('area-title').textContent).toBe('Security & cost');
    expect(await screen.findByTestId('security-home')).toBeTruthy();
    expect(screen.getByTestId('nav-security').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-overview').getAttribute('aria-current')).toBeNull();
  });

  it('says so for an address that names no area', async () => {
    renderApp({ hash: '#/nowhere' });
    await ready();
    expect(screen.getByTestId('area-title').textContent).toBe('Page not found');
  });

  it('shows the current session on the overview without made-up numbers', async () => {
    renderApp({
      profiles: [profile('sandbox', { kind: 'sandbox', region: 'us-east-1' })],
    });
    await ready();
    expect(screen.getByTestId('area-title').textContent).toBe('Overview');
    expect((await screen.findByTestId('overview-profile')).textContent).toContain('sandbox');
    expect(screen.getByTestId('overview-kind').textContent).toBe('Local sandbox');
    expect(screen.getByTestId('overview-region').textContent).toBe('us-east-1');
    await waitFor(() => expect(screen.getByTestId('overview-account').textContent).toBe('123456789012'));
    expect(screen.getByTestId('overview-identity').textContent).toBe(
      'arn:aws:sts::123456789012:assumed-role/sandbox/sagedeck',
    );
  });

  it('asks for the caller identity again after a switch, and says so when AWS cannot answer', async () => {
    const { host } = renderApp({
      profiles: [profile('sandbox', { region: 'us-east-1' }), profile('ml-dev', { kind: 'sso', region: 'eu-west-1' })],
    });
    await ready();
    await waitFor(() => expect(screen.getByTestId('overview-account').textContent).toBe('123456789012'));
    host.failNext('session.identity', { code: 'ExpiredToken', message: 'The SSO session has expired. Sign in again.' });
    fireEvent.click(screen.getByTestId('profile-switcher'));
    fireEvent.click(screen.getByTestId('profile-option-ml-dev'));
    await waitFor(() =>
      expect(screen.getByTestId('overview-identity').textContent).toBe(
        'Could not read the caller identity: The SSO session has expired. Sign in again.',
      ),
    );
    expect(screen.getByTestId('overview-account').textContent).toBe('Not available');
    expect(host.callsTo('session.identity')).toHaveLength(2);
  });
});

describe('profile and region switchers', () => {
  const profiles = [
    profile('sandbox', { kind: 'sandbox', source: 'builtin', region: 'us-east-1' }),
    profile('ml-dev', { kind: 'assume-role', region: 'eu-west-1' }),
    profile('prod-ml', { kind: 'sso', region: 'us-west-2', production: true }),
  ];

  it('lists profiles with kind and region, filters, and switches through session.select', async () => {
    const { host } = renderApp({ profiles });
    await ready();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    const prod = screen.getByTestId('profile-option-prod-ml');
    expect(prod.textContent).toContain('IAM Identity Center (SSO) · us-west-2');
    expect(prod.textContent).toContain('PRODUCTION');
    expect(screen.getByTestId('profile-option-ml-dev').textContent).toContain('Assume role · eu-west-1');

    const filter = screen.getByRole('combobox', { name: 'Filter profiles' });
    fireEvent.change(filter, { target: { value: 'ml-d' } });
    expect(screen.queryByTestId('profile-option-prod-ml')).toBeNull();
    fireEvent.keyDown(filter, { key: 'Enter' });

    await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe('ml-dev'));
    expect(screen.getByTestId('current-region').textContent).toBe('eu-west-1');
    expect(host.callsTo('session.select').map((call) => call.input)).toEqual([{ profile: 'ml-dev' }]);
    await waitFor(() => expect(screen.queryByTestId('profile-option-ml-dev')).toBeNull());
    expect(screen.queryByTestId('production-badge')).toBeNull();
  });

  it('marks a production session with the red PRODUCTION badge', async () => {
    renderApp({ profiles });
    await ready();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    fireEvent.click(screen.getByTestId('profile-option-prod-ml'));
    const badge = await screen.findByTestId('production-badge');
    expect(badge.textContent).toBe('PRODUCTION');
    expect(badge.className).toContain('badge-production');
  });

  it('keeps the menu open with the host error next to the field when a switch fails', async () => {
    const { host } = renderApp({ profiles });
    await ready();
    host.failNext('session.select', {
      code: 'InvalidInput',
      message: 'Input is not valid.',
      fields: { profile: 'Profile ml-dev has no credentials.' },
    });
    fireEvent.click(screen.getByTestId('profile-switcher'));
    const filter = screen.getByRole('combobox', { name: 'Filter profiles' });
    fireEvent.change(filter, { target: { value: 'ml' } });
    fireEvent.click(screen.getByTestId('profile-option-ml-dev'));
    expect((await screen.findByRole('alert')).textContent).toBe('Profile ml-dev has no credentials.');
    expect((screen.getByRole('combobox', { name: 'Filter profiles' }) as HTMLInputElement).value).toBe('ml');
    expect(screen.getByTestId('current-profile').textContent).toBe('sandbox');
  });

  it('lists known regions with the current one first and switches region', async () => {
    const { host } = renderApp({ profiles, session: { region: 'eu-central-1' } });
    await ready();
    fireEvent.click(screen.getByTestId('region-switcher'));
    const options = screen.getAllByRole('option');
    expect(options[0]?.dataset.testid).toBe('region-option-eu-central-1');
    expect(options.length).toBeGreaterThan(15);
    fireEvent.click(screen.getByTestId('region-option-ap-south-1'));
    await waitFor(() => expect(screen.getByTestId('current-region').textContent).toBe('ap-south-1'));
    expect(host.callsTo('session.select').at(-1)?.input).toEqual({ profile: 'sandbox', region: 'ap-south-1' });
  });

  it('accepts a typed region code that is valid and refuses one that is not', async () => {
    const { host } = renderApp({ profiles });
    await ready();
    fireEvent.click(screen.getByTestId('region-switcher'));
    const filter = screen.getByRole('combobox', { name: 'Filter regions' });
    fireEvent.change(filter, { target: { value: 'mars-1' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a region code such as us-east-1 or eu-west-2.');
    expect(filter.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(filter, { target: { value: 'ap-southeast-7' } });
    const typed = await screen.findByTestId('region-option-ap-southeast-7');
    expect(typed.textContent).toContain('Use this region code');
    fireEvent.keyDown(filter, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('current-region').textContent).toBe('ap-southeast-7'));
    expect(host.callsTo('session.select').at(-1)?.input).toEqual({ profile: 'sandbox', region: 'ap-southeast-7' });
  });

  it('closes the menu with Escape and returns focus to its trigger', async () => {
    renderApp({ profiles });
    await ready();
    const trigger = screen.getByTestId('profile-switcher');
    fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    const filter = screen.getByRole('combobox', { name: 'Filter profiles' });
    await waitFor(() => expect(document.activeElement).toBe(filter));
    fireEvent.keyDown(filter, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('follows session changes made elsewhere (CLI, another window)', async () => {
    const { host } = renderApp({ profiles });
    await ready();
    act(() => {
      host.session.select('prod-ml');
    });
    expect(screen.getByTestId('current-profile').textContent).toBe('prod-ml');
    expect(screen.getByTestId('production-badge')).toBeTruthy();
    // A late event from an older session must not undo the newer one.
    act(() =>
      host.emit('session.watch', { profile: 'sandbox', region: 'us-east-1', production: false, generation: 1 }),
    );
    expect(screen.getByTestId('current-profile').textContent).toBe('prod-ml');
  });
});

describe('command palette', () => {
  // The palette is a lazy chunk; compile it once up front so the first test's timing is not about Vite.
  beforeAll(async () => {
    await import('../../renderer/src/components/CommandPalette');
  });

  it('opens on Ctrl+K, filters, and navigates with Enter', async () => {
    renderApp();
    await ready();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const palette = await screen.findByTestId('command-palette');
    const input = within(palette).getByTestId('palette-input');
    await waitFor(() => expect(document.activeElement).toBe(input));
    fireEvent.change(input, { target: { value: 'endpoints' } });
    expect(within(palette).getAllByRole('option')[0]?.dataset.testid).toBe('palette-item-endpoints');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByTestId('command-palette')).toBeNull());
    expect(window.location.hash).toBe('#/endpoints');
    await waitFor(() => expect(screen.getByTestId('area-title').textContent).toBe('Endpoints'));
  });

  it('moves with the arrow keys and opens from the top-bar button with Cmd+K too', async () => {
    renderApp();
    await ready();
    fireEvent.click(screen.getByTestId('palette-button'));
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'theme' } });
    const items = screen.getAllByRole('option').map((option) => option.dataset.testid);
    expect(items).toEqual(['palette-item-theme-system', 'palette-item-theme-light', 'palette-item-theme-dark']);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByTestId('palette-item-theme-dark').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getByTestId('palette-item-theme-light').getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(window, { key: 'k', metaKey: true });
    await waitFor(() => expect(screen.queryByTestId('command-palette')).toBeNull());
    fireEvent.keyDown(window, { key: 'K', metaKey: true });
    expect(await screen.findByTestId('command-palette')).toBeTruthy();
  });

  it('switches profile from the palette', async () => {
    const { host } = renderApp({
      profiles: [profile('sandbox', { region: 'us-east-1' }), profile('ml-dev', { region: 'eu-west-1' })],
    });
    await ready();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'switch profile ml' } });
    fireEvent.click(screen.getByTestId('palette-item-profile-ml-dev'));
    await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe('ml-dev'));
    expect(host.callsTo('session.select').map((call) => call.input)).toEqual([{ profile: 'ml-dev' }]);
  });

  it('marks the current profile as production, which shows the badge at once', async () => {
    const { host } = renderApp({
      profiles: [profile('sandbox', { region: 'us-east-1' }), profile('prod-ml', { suggestProduction: true })],
    });
    await ready();
    fireEvent.click(screen.getByTestId('profile-switcher'));
    expect(screen.getByTestId('profile-production-prod-ml').textContent).toBe('Looks like production: mark it');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Filter profiles' }), { key: 'Escape' });

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const input = await screen.findByTestId('palette-input');
    fireEvent.change(input, { target: { value: 'mark sandbox production' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByTestId('production-badge')).toBeTruthy();
    expect(host.callsTo('profiles.setProduction').map((call) => call.input)).toEqual([
      { name: 'sandbox', production: true },
    ]);
    await waitFor(() => expect(screen.queryByTestId('command-palette')).toBeNull());

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(await screen.findByTestId('palette-input'), { target: { value: 'stop treating sandbox' } });
    fireEvent.click(screen.getByTestId('palette-item-production-sandbox'));
    await waitFor(() => expect(screen.queryByTestId('production-badge')).toBeNull());
    expect(host.profiles.find('sandbox')?.production).toBe(false);
  });

  it('closes on Escape', async () => {
    renderApp();
    await ready();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const input = await screen.findByTestId('palette-input');
    // Cloudscape's Modal reads keyCode, as browsers still send it.
    fireEvent.keyDown(input, { key: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByTestId('command-palette')).toBeNull());
  });
});

describe('theme', () => {
  it('applies the stored theme, persists a new choice with settings.update, and follows the OS on System', async () => {
    const scheme = installColorScheme(false);
    const { host } = renderApp({ settings: { theme: 'dark' } });
    await ready();
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(true);

    fireEvent.click(within(screen.getByTestId('theme-control')).getByLabelText('Light'));
    await waitFor(() =>
      expect(host.callsTo('settings.update').map((call) => call.input)).toEqual([{ theme: 'light' }]),
    );
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(false);
    expect(host.settings.current.theme).toBe('light');

    fireEvent.click(within(screen.getByTestId('theme-control')).getByLabelText('System'));
    await waitFor(() => expect(host.settings.current.theme).toBe('system'));
    act(() => scheme.setDark(true));
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(true);
    act(() => scheme.setDark(false));
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(false);
  });

  it('puts the choice back and says why when the host cannot store it', async () => {
    installColorScheme(false);
    const { host } = renderApp({ settings: { theme: 'light' } });
    await ready();
    host.failNext('settings.update', { code: 'Internal', message: 'disk full' });
    fireEvent.click(within(screen.getByTestId('theme-control')).getByLabelText('Dark'));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    expect((within(screen.getByTestId('theme-control')).getByLabelText('Light') as HTMLInputElement).checked).toBe(
      true,
    );
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(false);
  });
});
