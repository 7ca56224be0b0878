import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeCore } from './support/fake-core';
import { journalEntry } from './support/fixtures';
import { renderApp } from './support/render-app';

async function openActivity(host: FakeCore) {
  renderApp({ host, hash: '#/activity' });
  await waitFor(() => expect(screen.getByTestId('app-root').dataset.appState).toBe('ready'));
  return screen.findByTestId('activity-table', undefined, { timeout: 5000 });
}

function rows(table: HTMLElement): HTMLElement[] {
  return within(table).queryAllByRole('row').slice(1);
}

describe('Activity screen', () => {
  // The first import of the screen's chunk (Cloudscape's table) takes seconds on a busy machine.
  beforeAll(async () => {
    await import('../../renderer/src/features/activity/ActivityArea');
  }, 30_000);

  it('lists the journal newest first with outcome, error and request id', async () => {
    const host = new FakeCore({
      journal: [
        journalEntry('a', { time: '2026-11-26T09:00:00.000Z', target: 'ml-dev@eu-west-1' }),
        journalEntry('b', {
          time: '2026-11-26T11:00:00.000Z',
          channel: 'settings.update',
          target: 'settings',
          outcome: 'failure',
          error: { code: 'AccessDenied', message: 'not allowed' },
          requestId: 'req-7',
        }),
      ],
    });
    const table = await openActivity(host);
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    const [newest, oldest] = rows(table);
    expect(newest?.textContent).toContain('settings.update');
    expect(newest?.textContent).toContain('Failed');
    expect(newest?.textContent).toContain('AccessDenied: not allowed');
    expect(newest?.textContent).toContain('req-7');
    expect(oldest?.textContent).toContain('ml-dev@eu-west-1');
    expect(oldest?.textContent).toContain('Succeeded');
  });

  it('says nothing has been changed yet when the journal is empty', async () => {
    const table = await openActivity(new FakeCore());
    await waitFor(() => expect(table.textContent).toContain('Nothing has been changed yet'));
  });

  it('adds entries live from journal.watch', async () => {
    const host = new FakeCore({ journal: [journalEntry('a', { target: 'first' })] });
    const table = await openActivity(host);
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    await act(() => host.request('session.select', { profile: 'sandbox', region: 'eu-central-1' }));
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    expect(rows(table)[0]?.textContent).toContain('sandbox@eu-central-1');
    // The same entry arriving twice (list and stream overlap) shows once.
    act(() => host.emit('journal.watch', host.journal.entries[0]));
    expect(rows(table)).toHaveLength(2);
  });

  it('filters by text and paginates long journals', async () => {
    const journal = Array.from({ length: 30 }, (_, index) =>
      journalEntry(`e${index}`, {
        time: new Date(Date.UTC(2026, 10, 1, 0, index)).toISOString(),
        target: index === 7 ? 'special-endpoint' : `target-${index}`,
      }),
    );
    const table = await openActivity(new FakeCore({ journal }));
    await waitFor(() => expect(rows(table)).toHaveLength(25));
    fireEvent.click(within(table).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rows(table)).toHaveLength(5));

    const filter = within(table).getByRole('searchbox', { name: 'Filter activity' });
    fireEvent.change(filter, { target: { value: 'special' } });
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(rows(table)[0]?.textContent).toContain('special-endpoint');
    fireEvent.change(filter, { target: { value: 'no-such-thing' } });
    await waitFor(() => expect(table.textContent).toContain('No activity matches'));
  });

  it('shows the error with a way to try again when the journal cannot be read', async () => {
    const host = new FakeCore({ journal: [journalEntry('a')] });
    host.failNext('journal.list', { code: 'Internal', message: 'journal.jsonl is unreadable' });
    renderApp({ host, hash: '#/activity' });
    const alert = await screen.findByText('journal.jsonl is unreadable', undefined, { timeout: 5000 });
    expect(alert).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const table = await screen.findByTestId('activity-table');
    await waitFor(() => expect(rows(table)).toHaveLength(1));
  });
});
