import { act, fireEvent, screen, waitFor } from '@testing-library/react';
// axe-core comes with @axe-core/playwright (the e2e's axe); the same engine checks the DOM here.
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insecureFindings } from '../support/fake-areas/data';
import { preloadDataChunks, renderData } from './data-app';

// jsdom lays nothing out, so contrast cannot be measured here (the e2e checks it in both themes);
// landmarks belong to the shell.
const RULES = { 'color-contrast': { enabled: false }, region: { enabled: false } };

async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { rules: RULES });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

// axe over six screens is slow on a loaded 2-core runner; the limit only catches hangs.
describe('Data area accessibility', { timeout: 90_000 }, () => {
  beforeAll(preloadDataChunks, 60_000);

  it('has named buttons, labelled fields and state in words on the bucket list, posture, form, browser, object page and transfers', async () => {
    const { host } = await renderData('#/data', (data) => {
      data.addBucket('legacy-dump', { findings: insecureFindings() });
      data.putObject('legacy-dump', 'raw/a.csv', 'a');
    });
    await screen.findByTestId('bucket-row-legacy-dump');
    // State is in the badge's text, not only its colour.
    for (const badge of document.querySelectorAll<HTMLElement>('[data-status]')) {
      expect(badge.textContent).toMatch(/: (pass|warning|unknown)/);
    }
    expect(await violations(screen.getByTestId('data-area'))).toEqual([]);

    for (const [hash, ready] of [
      ['#/data/bucket/legacy-dump/posture', 'posture-findings'],
      ['#/data/new', 'create-bucket-form'],
      ['#/data/bucket/legacy-dump?prefix=raw%2F', 'object-list'],
      ['#/data/bucket/legacy-dump/object?key=raw%2Fa.csv', 'object-fields'],
      ['#/data/bucket/legacy-dump/restore', 'restore-form'],
    ] as const) {
      window.location.hash = hash;
      await screen.findByTestId(ready);
      expect({ hash, violations: await violations(screen.getByTestId('data-area')) }).toEqual({ hash, violations: [] });
    }

    window.location.hash = '#/data/bucket/legacy-dump?prefix=raw%2F';
    fireEvent.click(await screen.findByTestId('upload-open'));
    await screen.findByTestId('upload-panel');
    // Visible text names both pickers.
    expect(screen.getByLabelText('Choose files')).toBe(screen.getByTestId('upload-files-input'));
    expect(screen.getByLabelText('Choose a folder')).toBe(screen.getByTestId('upload-folder-input'));
    expect(await violations(screen.getByTestId('upload-panel'))).toEqual([]);

    await waitFor(() => expect(host.subscriberCount('transfers.watch')).toBe(1));
    act(() =>
      host.emit('transfers.watch', {
        type: 'snapshot',
        items: [
          {
            id: '00000000-0000-4000-8000-0000000000aa',
            kind: 'upload',
            profile: 'sandbox',
            region: 'us-east-1',
            bucket: 'legacy-dump',
            target: 'raw/',
            state: 'failed',
            bytesTotal: 10,
            bytesDone: 4,
            bytesPerSecond: 0,
            files: [{ key: 'raw/b.csv', bytesTotal: 10, bytesDone: 4, state: 'failed', error: 'Part 1 failed.' }],
            partRetries: 1,
            startedAt: '2026-12-05T09:00:00.000Z',
            error: 'raw/b.csv failed.',
          },
        ],
      }),
    );
    const panel = await screen.findByTestId('transfers-panel');
    expect(panel.textContent).toContain('Failed');
    expect(await violations(panel)).toEqual([]);
  });
});
