import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderAppOverSocket } from './support/render-over-socket';

describe('the app over the web client', () => {
  it('says when the connection drops and catches up on what changed once it is back', async () => {
    const host = new FakeCore({
      profiles: [profile('sandbox', { region: 'us-east-1' }), profile('ml-dev', { region: 'eu-west-1' })],
    });
    const { sockets, scheduler } = renderAppOverSocket(host);
    act(() => sockets[0]!.open());
    await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));
    expect(screen.getByTestId('current-profile').textContent).toBe('sandbox');

    act(() => sockets[0]!.drop());
    expect(screen.getByText('Connection to SageDeck lost. Reconnecting…')).toBeTruthy();

    // Someone switches the session (the CLI, another window) while this page is cut off.
    await host.request('session.select', { profile: 'ml-dev' });
    expect(screen.getByTestId('current-profile').textContent).toBe('sandbox');

    act(() => scheduler.fireAll());
    act(() => sockets[1]!.open());
    await waitFor(() => expect(screen.getByTestId('current-profile').textContent).toBe('ml-dev'));
    expect(screen.queryByText(/Reconnecting/)).toBeNull();
    expect(screen.getByTestId('app-root').dataset.appState).toBe('ready');

    // And the re-subscribed stream delivers changes again.
    await act(() => host.request('session.select', { profile: 'sandbox', region: 'eu-central-1' }));
    expect(screen.getByTestId('current-region').textContent).toBe('eu-central-1');
    expect(host.subscriberCount('session.watch')).toBe(1);
  });
});
