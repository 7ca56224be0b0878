import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SageDeckError } from '../../shared/errors';
import { renderApp } from './support/render-app';

async function ready() {
  await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));
}

function submit(): HTMLButtonElement {
  return screen.getByTestId('confirm-submit') as HTMLButtonElement;
}

describe('confirmation of destructive actions', () => {
  beforeAll(async () => {
    await import('../../renderer/src/components/ConfirmModal');
  });

  it('opens the modal on ConfirmationRequired and retries with confirmed meta on confirm', async () => {
    const { host, services } = renderApp();
    await ready();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = services.client.request('settings.reset', {});
    });
    const modal = await screen.findByTestId('confirm-modal');
    expect(modal.textContent).toContain('Reset all settings');
    expect(modal.textContent).toContain('settings');
    expect(screen.queryByTestId('confirm-input')).toBeNull();
    expect(submit().disabled).toBe(false);

    fireEvent.click(submit());
    await expect(result).resolves.toMatchObject({ theme: 'system' });
    expect(host.callsTo('settings.reset').map((call) => call.meta)).toEqual([undefined, { confirmed: true }]);
    await waitFor(() => expect(screen.queryByTestId('confirm-modal')).toBeNull());
  });

  it('on production enables confirm only when the target name is typed exactly, and sends it', async () => {
    const { host, services } = renderApp({ session: { production: true } });
    await ready();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = services.client.request('settings.reset', {});
    });
    const input = (await screen.findByTestId('confirm-input')) as HTMLInputElement;
    expect(submit().disabled).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(input));

    fireEvent.change(input, { target: { value: 'setting' } });
    expect(submit().disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'Settings' } });
    expect(submit().disabled).toBe(true);
    fireEvent.click(submit());
    expect(host.callsTo('settings.reset')).toHaveLength(1);

    fireEvent.change(input, { target: { value: 'settings' } });
    expect(submit().disabled).toBe(false);
    fireEvent.click(submit());
    await expect(result).resolves.toMatchObject({ theme: 'system' });
    expect(host.callsTo('settings.reset').at(-1)?.meta).toEqual({ confirmed: true, typedConfirmation: 'settings' });
  });

  it('cancel rejects with Cancelled and runs nothing', async () => {
    const { host, services } = renderApp();
    await ready();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = services.client.request('settings.reset', {});
    });
    await screen.findByTestId('confirm-modal');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const error = await result.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SageDeckError);
    expect((error as SageDeckError).code).toBe('Cancelled');
    expect(host.callsTo('settings.reset')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByTestId('confirm-modal')).toBeNull());
  });
});
