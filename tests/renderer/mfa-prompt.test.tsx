import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPromptEvent } from '../../renderer/src/app/prompt-queue';
import { appReady, preloadChunks } from './support/app-ready';
import { FakeCore } from './support/fake-core';
import { pendingPrompt } from './support/fixtures';
import { renderApp } from './support/render-app';

beforeAll(preloadChunks);

async function openPrompt(host: FakeCore, id = 'p1') {
  renderApp({ host });
  await appReady();
  await waitFor(() => expect(host.subscriberCount('prompts.watch')).toBe(1));
  act(() => host.prompts.ask(pendingPrompt(id)));
  return screen.findByTestId('mfa-prompt');
}

function codeInput(): HTMLInputElement {
  return screen.getByTestId('mfa-code') as HTMLInputElement;
}

function typeCode(code: string) {
  fireEvent.change(codeInput(), { target: { value: code } });
}

describe('MFA prompt', () => {
  it('opens when the host asks, naming the profile and the MFA device, with focus in the code field', async () => {
    const host = new FakeCore();
    const prompt = await openPrompt(host);
    expect(within(prompt).getByTestId('mfa-profile').textContent).toBe('ops-mfa');
    expect(within(prompt).getByTestId('mfa-serial').textContent).toBe('arn:aws:iam::111122223333:mfa/alice');
    await waitFor(() => expect(document.activeElement).toBe(codeInput()));
  });

  it('checks the code is six digits before sending anything', async () => {
    const host = new FakeCore();
    await openPrompt(host);
    typeCode('12345');
    fireEvent.click(screen.getByTestId('mfa-submit'));
    expect(await screen.findByText('Enter the 6-digit code from your MFA device.')).toBeTruthy();
    typeCode('12a456');
    fireEvent.click(screen.getByTestId('mfa-submit'));
    expect(await screen.findByText('Enter the 6-digit code from your MFA device.')).toBeTruthy();
    expect(host.callsTo('prompts.answer')).toHaveLength(0);
  });

  it('shows a wrong code refused by AWS, keeps the prompt open, and closes after the right code', async () => {
    const host = new FakeCore();
    await openPrompt(host);
    typeCode('654321');
    fireEvent.submit(codeInput().closest('form')!);
    expect(
      await screen.findByText('MultiFactorAuthentication failed with invalid MFA one time pass code.'),
    ).toBeTruthy();
    expect(screen.getByTestId('mfa-prompt')).toBeTruthy();
    expect(codeInput().value).toBe('654321');

    typeCode('123456');
    fireEvent.click(screen.getByTestId('mfa-submit'));
    await waitFor(() => expect(screen.queryByTestId('mfa-prompt')).toBeNull());
    expect(host.callsTo('prompts.answer').map((call) => call.input)).toEqual([
      { id: 'p1', code: '654321' },
      { id: 'p1', code: '123456' },
    ]);
  });

  it('shows the refusal of the call that used the code, and asks again when the user retries', async () => {
    const host = new FakeCore();
    // This host takes any code and tries it: the call that needed it fails when STS refuses it.
    host.prompts.mfaCode = '000000';
    const release = host.hold('session.identity');
    renderApp({ host, hash: '#/overview' });
    await appReady();
    await waitFor(() => expect(host.subscriberCount('prompts.watch')).toBe(1));
    act(() => host.prompts.ask(pendingPrompt('p1')));
    fireEvent.change(await screen.findByTestId('mfa-code'), { target: { value: '000000' } });
    host.failNext('session.identity', {
      code: 'AccessDenied',
      message:
        'STS refused the MFA code for profile "ops-mfa": MultiFactorAuthentication failed. Enter the current code and try again.',
    });
    fireEvent.click(screen.getByTestId('mfa-submit'));
    await waitFor(() => expect(screen.queryByTestId('mfa-prompt')).toBeNull());
    release();
    await waitFor(() =>
      expect(screen.getByTestId('overview-identity').textContent).toContain('STS refused the MFA code'),
    );

    fireEvent.click(screen.getByTestId('overview-identity-retry'));
    act(() => host.prompts.ask(pendingPrompt('p2')));
    expect(await screen.findByTestId('mfa-prompt')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('overview-account').textContent).toBe('123456789012'));
    expect(host.callsTo('session.identity')).toHaveLength(2);
  });

  it('cancels with prompts.cancel', async () => {
    const host = new FakeCore();
    await openPrompt(host);
    fireEvent.click(screen.getByTestId('mfa-cancel'));
    await waitFor(() => expect(screen.queryByTestId('mfa-prompt')).toBeNull());
    expect(host.callsTo('prompts.cancel').map((call) => call.input)).toEqual([{ id: 'p1' }]);
    expect(host.callsTo('prompts.answer')).toHaveLength(0);
  });

  it('closes when the host withdraws the prompt, and shows the next one waiting', async () => {
    const host = new FakeCore();
    await openPrompt(host);
    act(() => host.prompts.ask(pendingPrompt('p2', { profile: 'second-role' })));
    expect(screen.getByTestId('mfa-profile').textContent).toBe('ops-mfa');
    act(() => host.prompts.withdraw('p1'));
    await waitFor(() => expect(screen.getByTestId('mfa-profile').textContent).toBe('second-role'));
    act(() => host.prompts.withdraw('p2'));
    await waitFor(() => expect(screen.queryByTestId('mfa-prompt')).toBeNull());
  });

  it('lists a prompt repeated after a reconnect once', () => {
    const once = applyPromptEvent([], pendingPrompt('p1'));
    const again = applyPromptEvent(once, pendingPrompt('p1'));
    expect(again).toHaveLength(1);
    expect(applyPromptEvent(again, { id: 'p1', closed: true })).toEqual([]);
  });
});
