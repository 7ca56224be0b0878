import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SsoEvent, SsoState } from '../../shared/domain/credentials';
import { appReady, preloadChunks } from './support/app-ready';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderApp } from './support/render-app';

beforeAll(preloadChunks);

const SIGN_IN_REQUIRED = {
  code: 'SsoSignInRequired',
  message: 'The IAM Identity Center sign-in for corp-sso has expired.',
};

function ssoHost() {
  return new FakeCore({
    profiles: [profile('sandbox', { kind: 'sandbox' }), profile('corp-sso', { kind: 'sso', region: 'us-west-2' })],
    session: { profile: 'corp-sso', region: 'us-west-2' },
  });
}

async function startSignIn(host: FakeCore) {
  host.failNext('session.identity', SIGN_IN_REQUIRED);
  renderApp({ host });
  await appReady();
  const banner = await screen.findByTestId('sso-banner');
  expect(banner.textContent).toContain('The IAM Identity Center sign-in for corp-sso has expired.');
  fireEvent.click(within(banner).getByTestId('sso-sign-in'));
  // The first Cloudscape modal of a file renders slowly in jsdom on a busy machine.
  return screen.findByTestId('sso-user-code', undefined, { timeout: 5000 });
}

function ssoEvent(host: FakeCore, state: SsoState, extra: Partial<SsoEvent> = {}) {
  act(() => host.sso.event({ profile: 'corp-sso', state, ...extra }));
}

describe('SSO sign-in', () => {
  it('offers "Sign in again" instead of an error trace when a request needs a sign-in', async () => {
    const host = ssoHost();
    host.failNext('session.identity', SIGN_IN_REQUIRED);
    renderApp({ host });
    await appReady();
    const button = await screen.findByTestId('sso-sign-in');
    expect(button.textContent).toBe('Sign in again');
    expect(document.body.textContent).not.toMatch(/at \w+ \(|Error:|SsoSignInRequired/);
  });

  it('shows the user code, opens the verification page, and refreshes every view once signed in', async () => {
    const host = ssoHost();
    const code = await startSignIn(host);
    expect(code.textContent).toBe('WDJB-MJHT');
    expect(host.callsTo('sso.signIn').map((call) => call.input)).toEqual([{ profile: 'corp-sso' }]);

    fireEvent.click(screen.getByTestId('sso-open'));
    expect(await screen.findByTestId('sso-opened')).toBeTruthy();
    expect(host.callsTo('sso.openVerification').map((call) => call.input)).toEqual([{ profile: 'corp-sso' }]);

    ssoEvent(host, 'pending');
    expect(screen.getByTestId('sso-user-code')).toBeTruthy();
    ssoEvent(host, 'signed-in', { expiresAt: '2026-11-26T20:00:00.000Z' });
    await waitFor(() => expect(screen.queryByTestId('sso-modal')).toBeNull());
    expect(screen.queryByTestId('sso-banner')).toBeNull();
    // The failed identity is asked again, and now answers.
    await waitFor(() => expect(screen.getByTestId('identity-account').textContent).toBe('123456789012'));
    expect(host.callsTo('session.identity')).toHaveLength(2);
  });

  it('shows the address as a link when the host cannot open a browser (web host)', async () => {
    const host = ssoHost();
    host.sso.opens = false;
    await startSignIn(host);
    fireEvent.click(screen.getByTestId('sso-open'));
    const link = await screen.findByTestId('sso-verification-link');
    expect(link.textContent).toBe('https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT');
    expect(link.getAttribute('href')).toBe('https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT');
  });

  it('says when the sign-in was denied and starts over with Try again', async () => {
    const host = ssoHost();
    await startSignIn(host);
    ssoEvent(host, 'denied');
    expect((await screen.findByTestId('sso-message')).textContent).toContain('The sign-in was denied in the browser.');
    expect(screen.queryByTestId('sso-user-code')).toBeNull();
    fireEvent.click(screen.getByTestId('sso-retry'));
    expect(await screen.findByTestId('sso-user-code')).toBeTruthy();
    expect(host.callsTo('sso.signIn')).toHaveLength(2);
  });

  it('says when the code expired before approval', async () => {
    const host = ssoHost();
    await startSignIn(host);
    ssoEvent(host, 'expired');
    expect((await screen.findByTestId('sso-message')).textContent).toContain(
      'The code expired before the sign-in was approved.',
    );
  });

  it('shows why the sign-in could not start, with a retry', async () => {
    const host = ssoHost();
    host.failNext('sso.signIn', { code: 'SsoUnreachable', message: 'Could not reach oidc.us-east-1.amazonaws.com.' });
    host.failNext('session.identity', SIGN_IN_REQUIRED);
    renderApp({ host });
    await appReady();
    fireEvent.click(await screen.findByTestId('sso-sign-in'));
    expect((await screen.findByTestId('sso-message')).textContent).toContain(
      'Could not reach oidc.us-east-1.amazonaws.com.',
    );
    fireEvent.click(screen.getByTestId('sso-retry'));
    expect(await screen.findByTestId('sso-user-code')).toBeTruthy();
  });

  it('offers a sign-in when sso.watch says the current profile signed out or expired, and only for it', async () => {
    const host = ssoHost();
    renderApp({ host });
    await appReady();
    await waitFor(() => expect(host.subscriberCount('sso.watch')).toBe(1));
    act(() => host.sso.event({ profile: 'other-sso', state: 'expired' }));
    expect(screen.queryByTestId('sso-banner')).toBeNull();
    ssoEvent(host, 'signed-out');
    expect((await screen.findByTestId('sso-banner')).textContent).toContain('signed out');
    ssoEvent(host, 'signed-in');
    await waitFor(() => expect(screen.queryByTestId('sso-banner')).toBeNull());
  });

  it('offers sign-in and sign-out in the palette for the current SSO profile only', async () => {
    const host = ssoHost();
    renderApp({ host });
    await appReady();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(await screen.findByTestId('palette-input'), { target: { value: 'identity center' } });
    expect(screen.getAllByRole('option').map((option) => option.dataset.testid)).toEqual([
      'palette-item-sso-sign-in',
      'palette-item-sso-sign-out',
    ]);
    fireEvent.click(screen.getByTestId('palette-item-sso-sign-out'));
    expect((await screen.findByTestId('sso-banner')).textContent).toContain('signed out');
    expect(host.callsTo('sso.signOut').map((call) => call.input)).toEqual([{ profile: 'corp-sso' }]);
    await waitFor(() => expect(screen.queryByTestId('command-palette')).toBeNull());

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(await screen.findByTestId('palette-input'), { target: { value: 'sign in to iam' } });
    fireEvent.click(screen.getByTestId('palette-item-sso-sign-in'));
    expect((await screen.findByTestId('sso-user-code')).textContent).toBe('WDJB-MJHT');
  });

  it('offers no SSO commands for other kinds of profile', async () => {
    renderApp();
    await appReady();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(await screen.findByTestId('palette-input'), { target: { value: 'identity center' } });
    expect(screen.queryByTestId('palette-item-sso-sign-in')).toBeNull();
  });

  it('drops the offer once the session works again (signed in with the AWS CLI meanwhile)', async () => {
    const host = ssoHost();
    host.failNext('session.identity', SIGN_IN_REQUIRED);
    renderApp({ host });
    await appReady();
    expect(await screen.findByTestId('sso-banner')).toBeTruthy();
    fireEvent.click(screen.getByTestId('identity-account'));
    await waitFor(() => expect(screen.getByTestId('identity-account').textContent).toBe('123456789012'));
    expect(screen.queryByTestId('sso-banner')).toBeNull();
  });
});
