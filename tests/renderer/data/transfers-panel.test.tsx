import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransferSummary } from '../../../shared/domain/data';
import { preloadDataChunks, renderData } from './data-app';

const MiB = 1024 * 1024;

function upload(overrides: Partial<TransferSummary> = {}): TransferSummary {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    kind: 'upload',
    profile: 'sandbox',
    region: 'us-east-1',
    bucket: 'churn-data',
    target: 'raw/2026-12-05/',
    state: 'running',
    bytesTotal: 50 * MiB,
    bytesDone: 20 * MiB,
    bytesPerSecond: 10 * MiB,
    secondsLeft: 3,
    files: [
      { key: 'raw/2026-12-05/a.parquet', bytesTotal: 25 * MiB, bytesDone: 20 * MiB, state: 'running' },
      { key: 'raw/2026-12-05/b.parquet', bytesTotal: 25 * MiB, bytesDone: 0, state: 'queued' },
    ],
    partRetries: 0,
    startedAt: '2026-12-05T09:00:00.000Z',
    ...overrides,
  };
}

describe('transfers panel', () => {
  beforeAll(preloadDataChunks, 60_000);

  it('stays out of the way until there is a transfer, on any screen', async () => {
    const { host } = await renderData('#/overview');
    await waitFor(() => expect(host.subscriberCount('transfers.watch')).toBe(1));
    expect(screen.queryByTestId('transfers-panel')).toBeNull();
    act(() => host.emit('transfers.watch', { type: 'changes', added: [upload()], updated: [], removed: [] }));
    expect(await screen.findByTestId('transfers-panel')).toBeTruthy();
  });

  it('shows progress, speed, time left and per-file bars from transfers.watch, then done with verified checksums', async () => {
    const { host } = await renderData('#/data');
    await waitFor(() => expect(host.subscriberCount('transfers.watch')).toBe(1));
    act(() => host.emit('transfers.watch', { type: 'snapshot', items: [upload()] }));
    const item = await screen.findByTestId('transfer-00000000-0000-4000-8000-0000000000aa');
    expect(item.dataset.state).toBe('running');
    const total = within(item).getByTestId('transfer-progress');
    expect(total.textContent).toContain('Upload to s3://churn-data/raw/2026-12-05/');
    expect(total.textContent).toContain('40%');
    expect(total.textContent).toContain('20 MiB of 50 MiB · 10 MiB/s · 3 s left');
    expect(item.textContent).toContain('raw/2026-12-05/a.parquet');
    expect(item.textContent).toContain('Queued · 0 B of 25 MiB');
    expect(screen.getByTestId('transfers-total').textContent).toContain('Transfers: 1 running');

    const done = upload({
      state: 'done',
      bytesDone: 50 * MiB,
      files: upload().files.map((file) => ({
        ...file,
        bytesDone: file.bytesTotal,
        state: 'done',
        checksumVerified: true,
      })),
    });
    act(() => host.emit('transfers.watch', { type: 'changes', added: [], updated: [done], removed: [] }));
    await waitFor(() => expect(item.dataset.state).toBe('done'));
    expect(item.textContent).toContain('✓ 2 checksums verified');
    expect(item.textContent).toContain('Done: 50 MiB');
    expect(within(item).queryByTestId('transfer-cancel')).toBeNull();
    // All ended well: the panel folds to its total so it hides nothing, and opens for the next one.
    expect(screen.getByRole('button', { name: 'Expand transfers' }).getAttribute('aria-expanded')).toBe('false');
    expect(item.closest('[hidden]')).not.toBeNull();
    act(() => host.emit('transfers.watch', { type: 'changes', added: [upload({ id: '00000000-0000-4000-8000-0000000000bb' })], updated: [], removed: [] }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Collapse transfers' }).getAttribute('aria-expanded')).toBe('true'));
  });

  it('collapses to its total from the keyboard-reachable toggle, and clears finished transfers', async () => {
    const { host } = await renderData('#/data');
    await waitFor(() => expect(host.subscriberCount('transfers.watch')).toBe(1));
    act(() =>
      host.emit('transfers.watch', { type: 'snapshot', items: [upload({ state: 'done', bytesDone: 50 * MiB })] }),
    );
    const toggle = within(await screen.findByTestId('transfers-panel')).getByRole('button', {
      name: 'Collapse transfers',
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Expand transfers' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('transfer-00000000-0000-4000-8000-0000000000aa').closest('[hidden]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear finished' }));
    expect(screen.queryByTestId('transfers-panel')).toBeNull();
  });
});
