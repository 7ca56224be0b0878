import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../renderer/src/app/create-services';
import { ServicesProvider } from '../../renderer/src/app/services';
import { queryClient } from '../../renderer/src/features/query-client';
import { useSessionQuery } from '../../renderer/src/features/use-session-query';
import { appReady, preloadChunks } from './support/app-ready';
import { FakeCore } from './support/fake-core';
import { profile } from './support/fixtures';
import { renderApp } from './support/render-app';

beforeAll(preloadChunks);

const profiles = [
  profile('sandbox', { kind: 'sandbox', region: 'us-east-1' }),
  profile('ops', { kind: 'assume-role', region: 'eu-west-1' }),
];

/** A view the way every area builds one: a session-scoped query, shown as text. */
function IdentityProbe() {
  const query = useSessionQuery('session.identity', {});
  return <p data-testid="probe">{query.data ? query.data.arn : 'loading'}</p>;
}

function renderProbe(host: FakeCore) {
  const services = createServices(host);
  render(
    <ServicesProvider services={services}>
      <QueryClientProvider client={queryClient}>
        <IdentityProbe />
      </QueryClientProvider>
    </ServicesProvider>,
  );
  return services;
}

describe('every open view follows the session', () => {
  it('re-fetches the open Overview after a switch and shows the new session in it', async () => {
    const host = new FakeCore({ profiles });
    renderApp({ host, hash: '#/overview' });
    await appReady();
    await waitFor(() =>
      expect(screen.getByTestId('overview-identity').textContent).toBe(
        'arn:aws:sts::123456789012:assumed-role/sandbox/sagedeck',
      ),
    );
    host.session.identityExtra = { account: '444455556666' };
    fireEvent.click(screen.getByTestId('profile-switcher'));
    fireEvent.click(screen.getByTestId('profile-option-ops'));
    await waitFor(() =>
      expect(screen.getByTestId('overview-identity').textContent).toBe(
        'arn:aws:sts::444455556666:assumed-role/ops/sagedeck',
      ),
    );
    expect(screen.getByTestId('overview-profile').textContent).toContain('ops');
    expect(screen.getByTestId('overview-region').textContent).toBe('eu-west-1');
    expect(screen.getByTestId('overview-account').textContent).toBe('444455556666');
  });

  it('keys session-scoped queries on the session: a switch made elsewhere re-fetches, a late answer is dropped', async () => {
    const host = new FakeCore({ profiles });
    const services = renderProbe(host);
    await act(() => services.session.getState().load());
    await waitFor(() =>
      expect(screen.getByTestId('probe').textContent).toBe('arn:aws:sts::123456789012:assumed-role/sandbox/sagedeck'),
    );
    const stop = services.session.getState().watch();

    // The next answer is for the sandbox session but arrives after the switch: it must not show.
    const late = host.delay('session.identity');
    act(() => services.session.getState().refreshViews());
    await waitFor(() => expect(host.callsTo('session.identity')).toHaveLength(2));
    await act(() => services.session.getState().select('ops'));
    await waitFor(() =>
      expect(screen.getByTestId('probe').textContent).toBe('arn:aws:sts::123456789012:assumed-role/ops/sagedeck'),
    );
    late();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByTestId('probe').textContent).toBe('arn:aws:sts::123456789012:assumed-role/ops/sagedeck');

    // A switch made in another window or the CLI arrives on session.watch: the view reads again.
    act(() => {
      host.session.select('sandbox');
    });
    await waitFor(() =>
      expect(screen.getByTestId('probe').textContent).toBe('arn:aws:sts::123456789012:assumed-role/sandbox/sagedeck'),
    );
    expect(host.callsTo('session.identity')).toHaveLength(4);
    stop();
  });
});
