import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderAppOverSocket } from './support/render-over-socket';

function renderOverSocket(probeStatus: () => Promise<{ status: number }>) {
  return renderAppOverSocket(new FakeCore({ profiles: [profile('sandbox', { region: 'us-east-1' })] }), probeStatus);
}

describe('the app when the web host restarts', () => {
  it('shows a lasting "session ended" banner instead of reconnecting forever when the page answers 401', async () => {
    const { sockets, scheduler } = renderOverSocket(async () => ({ status: 401 }));
    act(() => sockets[0]!.open());
    await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));

    act(() => sockets[0]!.drop());
    expect(screen.getByText('Connection to SageDeck lost. Reconnecting…')).toBeTruthy();
    act(() => scheduler.fireAll());
    act(() => sockets[1]!.drop());

    const ended = await screen.findByTestId('connection-ended');
    expect(ended.textContent).toBe(
      'This SageDeck session has ended (the web host restarted). Open the new address printed on its SAGEDECK READY line.',
    );
    expect(screen.queryByText(/Reconnecting/)).toBeNull();
    expect(scheduler.pending()).toEqual([]);
  });

  it('keeps saying "Reconnecting…" while the host is unreachable', async () => {
    let probes = 0;
    const { sockets, scheduler } = renderOverSocket(() => {
      probes += 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    act(() => sockets[0]!.open());
    await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));
    act(() => sockets[0]!.drop());
    for (let attempt = 1; attempt <= 3; attempt++) {
      act(() => scheduler.fireAll());
      act(() => sockets[attempt]!.drop());
    }
    await waitFor(() => expect(probes).toBe(3));
    await act(async () => {});
    expect(screen.getByText('Connection to SageDeck lost. Reconnecting…')).toBeTruthy();
    expect(screen.queryByTestId('connection-ended')).toBeNull();
    expect(scheduler.pending()).toHaveLength(1);
  });
});
