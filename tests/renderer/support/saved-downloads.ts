import { vi } from 'vitest';

export interface SavedDownload {
  name: string;
  text: Promise<string>;
}

/**
 * What the page hands the browser to save (file name and text), caught where downloadText clicks
 * its blob link. Call in beforeEach; restore with vi.restoreAllMocks() in afterEach.
 */
export function captureDownloads(): SavedDownload[] {
  const saved: SavedDownload[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, text: blob.text() });
  });
  return saved;
}
