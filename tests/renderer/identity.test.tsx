import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it, vi } from 'vitest';
import { describeExpiry, formatRemaining, shortArn } from '../../renderer/src/app/identity-format';
import { appReady, preloadChunks } from './support/app-ready';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderApp } from './support/render-app';

beforeAll(preloadChunks);

const NOW = Date.parse('2026-11-26T12:00:00.000Z');
const profiles = [
  profile('sandbox', { kind: 'sandbox', region: 'us-east-1' }),
  profile('ops', { kind: 'assume-role', region: 'eu-west-1' }),
];

function useClock() {
  // Only the clock and the one-second ticker are faked; promises and testing-library's waits run for real.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
}

function tick(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

async function switchTo(name: string) {
  fireEvent.click(screen.getByTestId('profile-switcher'));
  fireEvent.click(screen.getByTestId(`profile-option-${name}`));
  await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe(name));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('identity formatting', () => {
  it('counts down in mm:ss under an hour and in hours and minutes above', () => {
    expect(formatRemaining(59 * 60_000 + 59_000)).toBe('59:59');
    expect(formatRemaining(65_000)).toBe('01:05');
    expect(formatRemaining(3_600_000 + 25 * 60_000 + 10_000)).toBe('1h 25m');
    expect(describeExpiry('2026-11-26T12:04:59.000Z', NOW)).toEqual({ state: 'warning', text: 'Expires in 04:59' });
    expect(describeExpiry('2026-11-26T12:05:00.000Z', NOW)).toEqual({ state: 'ok', text: 'Expires in 05:00' });
    expect(describeExpiry('2026-11-26T12:00:00.000Z', NOW)).toEqual({ state: 'expired', text: 'Expired — refresh' });
    expect(describeExpiry('not a time', NOW)).toBeUndefined();
  });

  it('shortens an ARN to what follows the account', () => {
    expect(shortArn('arn:aws:sts::444455556666:assumed-role/Ops/sagedeck-1')).toBe('assumed-role/Ops/sagedeck-1');
    expect(shortArn('arn:aws:iam::111122223333:user/sandbox-admin')).toBe('user/sandbox-admin');
    expect(shortArn('not-an-arn')).toBe('not-an-arn');
  });
});

describe('identity in the top bar', () => {
  it('shows the account and the short ARN with the full ARN in its title, and asks again on every switch', async () => {
    const host = new FakeCore({ profiles });
    renderApp({ host });
    await appReady();
    await waitFor(() => expect(screen.getByTestId('identity-account').textContent).toBe('123456789012'));
    const arn = screen.getByTestId('identity-arn');
    expect(arn.textContent).toBe('assumed-role/sandbox/sagedeck');
    expect(arn.getAttribute('title')).toBe('arn:aws:sts::123456789012:assumed-role/sandbox/sagedeck');
    expect(screen.queryByTestId('identity-expiry')).toBeNull();

    host.session.identityExtra = { account: '444455556666' };
    await switchTo('ops');
    await waitFor(() => expect(screen.getByTestId('identity-account').textContent).toBe('444455556666'));
    expect(screen.getByTestId('identity-arn').textContent).toBe('assumed-role/ops/sagedeck');
    // The top bar and the overview share one question to STS per session.
    expect(host.callsTo('session.identity')).toHaveLength(2);
  });

  it('drops an identity answer that belongs to the session before a switch', async () => {
    const host = new FakeCore({ profiles });
    // The sandbox's answer is computed now but arrives only after the switch to ops.
    const deliverSandboxAnswer = host.delay('session.identity');
    renderApp({ host });
    await appReady();
    await waitFor(() => expect(host.callsTo('session.identity')).toHaveLength(1));
    expect(screen.getByTestId('identity-account').textContent).toBe('…');
    fireEvent.click(screen.getByTestId('profile-switcher'));
    fireEvent.click(screen.getByTestId('profile-option-ops'));
    await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe('ops'));
    await waitFor(() => expect(screen.getByTestId('identity-arn').textContent).toBe('assumed-role/ops/sagedeck'));
    deliverSandboxAnswer();
    // Let the late answer land before looking.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByTestId('identity-arn').textContent).toBe('assumed-role/ops/sagedeck');
    expect(screen.queryByText('assumed-role/sandbox/sagedeck')).toBeNull();
  });

  it('counts down to expiry every second, warns under five minutes, and offers a refresh once expired', async () => {
    useClock();
    const host = new FakeCore({ profiles });
    host.session.identityExtra = { expiresAt: '2026-11-26T13:30:00.000Z' };
    renderApp({ host });
    await appReady();
    const expiry = await screen.findByTestId('identity-expiry');
    expect(expiry.textContent).toBe('Expires in 1h 30m');
    expect(expiry.dataset.state).toBe('ok');

    tick(30 * 60_000 + 1_000);
    expect(screen.getByTestId('identity-expiry').textContent).toBe('Expires in 59:59');
    tick(1_000);
    expect(screen.getByTestId('identity-expiry').textContent).toBe('Expires in 59:58');

    tick(54 * 60_000 + 58_000);
    expect(screen.getByTestId('identity-expiry').textContent).toBe('Expires in 05:00');
    expect(screen.getByTestId('identity-expiry').dataset.state).toBe('ok');
    tick(1_000);
    expect(screen.getByTestId('identity-expiry').textContent).toBe('Expires in 04:59');
    expect(screen.getByTestId('identity-expiry').dataset.state).toBe('warning');
    expect(screen.getByTestId('identity-expiry').className).toContain('is-warning');

    tick(4 * 60_000 + 59_000);
    const expired = screen.getByTestId('identity-expiry');
    expect(expired.textContent).toBe('Expired — refresh');
    expect(expired.dataset.state).toBe('expired');

    // Refreshing asks again; the host hands out fresh credentials.
    host.session.identityExtra = { expiresAt: '2026-11-26T14:30:00.000Z' };
    fireEvent.click(expired);
    await waitFor(() => expect(screen.getByTestId('identity-expiry').textContent).toBe('Expires in 1h 0m'));
    expect(host.callsTo('session.identity')).toHaveLength(2);
  });

  it('says the identity is unavailable, with the reason in its title, when STS cannot answer', async () => {
    const host = new FakeCore({ profiles });
    host.failNext('session.identity', { code: 'EndpointUnreachable', message: 'Could not reach http://127.0.0.1:9.' });
    renderApp({ host });
    await appReady();
    await waitFor(() => expect(screen.getByTestId('identity-account').textContent).toBe('Identity unavailable'));
    expect(screen.getByTestId('identity-account').getAttribute('title')).toContain(
      'Could not reach http://127.0.0.1:9.',
    );
    expect(screen.getByTestId('app-root').dataset.appState).toBe('ready');
    fireEvent.click(screen.getByTestId('identity-account'));
    await waitFor(() => expect(screen.getByTestId('identity-account').textContent).toBe('123456789012'));
  });
});
