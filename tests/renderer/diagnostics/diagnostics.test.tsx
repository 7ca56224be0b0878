import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appReady } from '../support/app-ready';
import { FakeCore } from '../support/fake-core';
import { renderApp } from '../support/render-app';
import { captureDownloads, type SavedDownload } from '../support/saved-downloads';

let saved: SavedDownload[] = [];

beforeEach(() => {
  saved = captureDownloads();
});
afterEach(() => vi.restoreAllMocks());

const FILE = { fileName: 'sagedeck-diagnostics_2026-12-06T01-00-00-000Z.json', content: '{ "app": { "name": "SageDeck" } }\n' };

describe('Export diagnostics', () => {
  it('Help → Export diagnostics saves the host’s file under its name', async () => {
    const host = new FakeCore();
    host.app.diagnosticsFile = FILE;
    renderApp({ host });
    await appReady();
    fireEvent.click(screen.getByText('Help'));
    fireEvent.click(screen.getByTestId('export-diagnostics'));
    await waitFor(() => expect(screen.getByTestId('diagnostics-saved').textContent).toBe(`Saved ${FILE.fileName}`));
    expect(saved.map((file) => file.name)).toEqual([FILE.fileName]);
    expect(await saved[0]!.text).toBe(FILE.content);
  });

  it('is in the palette as "Export diagnostics"', async () => {
    const host = new FakeCore();
    host.app.diagnosticsFile = FILE;
    renderApp({ host });
    await appReady();
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.change(await screen.findByTestId('palette-input'), { target: { value: 'diagnostics' } });
    fireEvent.click(screen.getByTestId('palette-item-export-diagnostics'));
    await waitFor(() => expect(saved.map((file) => file.name)).toEqual([FILE.fileName]));
  });
});

describe('the update notice', () => {
  const release = { version: '9.9.9', url: 'https://example.invalid/releases/9.9.9' };

  it('asks once, and after consent says which version is available with its link', async () => {
    const host = new FakeCore();
    host.app.updates = { current: '1.0.0', consent: 'unasked', feedConfigured: true, available: release };
    renderApp({ host });
    await appReady();
    expect((await screen.findByTestId('update-consent')).textContent).toContain('Nothing is downloaded');
    fireEvent.click(screen.getByTestId('update-consent-allow'));
    expect((await screen.findByTestId('update-available')).textContent).toContain('SageDeck 9.9.9 is available.');
    expect(screen.getByTestId('update-link').getAttribute('href')).toBe(release.url);
    expect(host.app.consents).toEqual([true]);
  });

  it('declined: the notice goes and nothing more is said', async () => {
    const host = new FakeCore();
    host.app.updates = { current: '1.0.0', consent: 'unasked', feedConfigured: true };
    renderApp({ host });
    await appReady();
    fireEvent.click(await screen.findByTestId('update-consent-decline'));
    await waitFor(() => expect(screen.queryByTestId('update-consent')).toBeNull());
    expect(screen.queryByTestId('update-available')).toBeNull();
    expect(host.app.consents).toEqual([false]);
  });

  it('a build without a release feed never asks', async () => {
    const { host } = renderApp();
    await appReady();
    await waitFor(() => expect(host.callsTo('app.updateStatus')).toHaveLength(1));
    await act(async () => {});
    expect(screen.queryByTestId('update-consent')).toBeNull();
  });
});
