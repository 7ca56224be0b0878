import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { appReady, preloadChunks } from './support/app-ready';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderApp } from './support/render-app';

beforeAll(preloadChunks);

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRET0001';
const KEY_ID = 'AKIDSAGEDECKTEST0001';

async function openProfiles(host: FakeCore) {
  renderApp({ host, hash: '#/profiles' });
  await appReady();
  return screen.findByTestId('managed-profile-form');
}

function field(name: string): HTMLInputElement {
  return screen.getByTestId(`managed-${name}`) as HTMLInputElement;
}

function fill(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) fireEvent.change(field(name), { target: { value } });
}

function submit() {
  fireEvent.submit(screen.getByTestId('managed-profile-form'));
}

/** The field's own error: what its input is described by, as a screen reader announces it. */
function errorNextTo(name: string): string {
  const ids = (field(name).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('Profiles page: app-managed profiles', () => {
  it('says where keys go before anything is typed', async () => {
    const host = new FakeCore();
    await openProfiles(host);
    await waitFor(() => expect(screen.getByTestId('keychain-status').textContent).toContain('Test keychain'));
    expect(field('secretAccessKey').type).toBe('password');
    expect(field('name').disabled).toBe(false);
  });

  it('disables the form with the host message when no keychain is available', async () => {
    const host = new FakeCore();
    host.profiles.keychain = { available: false, message: 'No Secret Service on the D-Bus session: install gnome-keyring.' };
    await openProfiles(host);
    await waitFor(() => expect(screen.getByTestId('keychain-status').textContent).toContain('install gnome-keyring'));
    expect(field('name').disabled).toBe(true);
    expect(field('secretAccessKey').disabled).toBe(true);
    expect((screen.getByTestId('managed-profile-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('treats a host that cannot report the keychain as unavailable, with its message', async () => {
    const host = new FakeCore();
    host.failNext('keychain.status', {
      code: 'NotImplemented',
      message: 'keychain.status is not available in this build yet.',
    });
    await openProfiles(host);
    await waitFor(() =>
      expect(screen.getByTestId('keychain-status').textContent).toContain('not available in this build yet'),
    );
    expect(field('name').disabled).toBe(true);
  });

  it('points at bad fields before sending anything, and keeps what was typed', async () => {
    const host = new FakeCore();
    await openProfiles(host);
    await waitFor(() => expect(field('name').disabled).toBe(false));
    fill({ name: 'bad name', accessKeyId: 'short', secretAccessKey: SECRET, endpointUrl: 'ftp://x' });
    submit();
    await waitFor(() => expect(errorNextTo('name')).toContain('Profile names use letters, digits'));
    expect(errorNextTo('accessKeyId')).toContain('Access key ids are at least 16 characters.');
    expect(errorNextTo('endpointUrl')).toContain('Enter an http(s) URL');
    expect(host.callsTo('profiles.addManaged')).toHaveLength(0);
    expect(field('name').value).toBe('bad name');
    expect(field('endpointUrl').value).toBe('ftp://x');
  });

  it('shows the host field error next to its field, keeps the rest, and clears the secret once sent', async () => {
    const host = new FakeCore({ profiles: [profile('sandbox', { kind: 'sandbox' }), profile('ml-staging')] });
    await openProfiles(host);
    await waitFor(() => expect(field('name').disabled).toBe(false));
    fill({ name: 'ml-staging', region: 'eu-west-1', accessKeyId: KEY_ID, secretAccessKey: SECRET });
    submit();
    await waitFor(() => expect(errorNextTo('name')).toContain('A profile named ml-staging already exists.'));
    expect(field('region').value).toBe('eu-west-1');
    expect(field('accessKeyId').value).toBe(KEY_ID);
    expect(field('secretAccessKey').value).toBe('');
    expect(document.documentElement.outerHTML).not.toContain(SECRET);
  });

  it('adds the profile, sends the secret once, and leaves no trace of it in the page', async () => {
    const host = new FakeCore();
    await openProfiles(host);
    await waitFor(() => expect(field('name').disabled).toBe(false));
    fill({
      name: 'ml-staging',
      region: 'eu-west-1',
      accessKeyId: KEY_ID,
      secretAccessKey: SECRET,
      endpointUrl: 'http://127.0.0.1:4566',
    });
    submit();
    expect((await screen.findByTestId('managed-profile-added')).textContent).toContain('ml-staging');
    expect(host.callsTo('profiles.addManaged').map((call) => call.input)).toEqual([
      {
        name: 'ml-staging',
        region: 'eu-west-1',
        accessKeyId: KEY_ID,
        secretAccessKey: SECRET,
        endpointUrl: 'http://127.0.0.1:4566',
      },
    ]);
    for (const name of ['name', 'region', 'accessKeyId', 'secretAccessKey', 'endpointUrl'])
      expect(field(name).value).toBe('');
    expect(document.documentElement.outerHTML).not.toContain(SECRET);

    const listed = await screen.findByTestId('managed-profile-ml-staging');
    expect(listed.textContent).toContain('eu-west-1 · http://127.0.0.1:4566');
    fireEvent.click(screen.getByTestId('profile-switcher'));
    expect(screen.getByTestId('profile-option-ml-staging').textContent).toContain('Stored in SageDeck');
  });

  it('removes a profile after the confirmation the host asks for', async () => {
    const host = new FakeCore({
      profiles: [profile('sandbox', { kind: 'sandbox' }), profile('old-keys', { kind: 'app-managed', source: 'app' })],
    });
    await openProfiles(host);
    fireEvent.click(await screen.findByTestId('managed-remove-old-keys'));
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('old-keys');
    fireEvent.click(within(modal).getByTestId('confirm-submit'));
    await waitFor(() => expect(screen.queryByTestId('managed-profile-old-keys')).toBeNull());
    expect(host.callsTo('profiles.removeManaged').map((call) => call.meta)).toEqual([undefined, { confirmed: true }]);
    expect(host.profiles.list.map((entry) => entry.name)).toEqual(['sandbox']);
  });

  it('is reachable from the palette as "Add profile with access keys"', async () => {
    renderApp();
    await appReady();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(await screen.findByTestId('palette-input'), { target: { value: 'add profile' } });
    fireEvent.click(screen.getByTestId('palette-item-profiles-add'));
    await waitFor(() => expect(screen.getByTestId('area-title').textContent).toBe('Profiles'));
    expect(await screen.findByTestId('managed-profile-form')).toBeTruthy();
  });
});
