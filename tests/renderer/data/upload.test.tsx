import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/contract/data';
import { datedPrefix } from '../../../renderer/src/features/data/upload/dated-prefix';
import type { FakeData } from '../support/fake-areas/data';
import { preloadDataChunks, renderData } from './data-app';

const BIG = 2 * UPLOAD_CHUNK_BYTES + 100;

function file(name: string, bytes: Uint8Array<ArrayBuffer> | string, relativePath?: string): File {
  const made = new File([bytes], name);
  if (relativePath) Object.defineProperty(made, 'webkitRelativePath', { value: relativePath });
  return made;
}

function bigBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(BIG);
  for (let index = 0; index < bytes.length; index++) bytes[index] = index % 251;
  return bytes;
}

function choose(testId: string, files: File[]) {
  const input = screen.getByTestId(testId);
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

async function openUpload() {
  fireEvent.click(await screen.findByTestId('upload-open'));
  await screen.findByTestId('upload-panel');
}

const seed = (data: FakeData) => data.addBucket('churn-data');
const transferId = '00000000-0000-4000-8000-000000000001';

describe('upload', () => {
  beforeAll(preloadDataChunks, 60_000);

  it('offers a dated prefix and sends each file’s chunks in order, of the right size, then finishes it', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', seed);
    await screen.findByTestId('object-browser-empty');
    await openUpload();
    const prefix = screen.getByTestId('upload-prefix') as HTMLInputElement;
    expect(prefix.value).toBe(datedPrefix(''));
    expect(prefix.value).toMatch(/^raw\/\d{4}-\d{2}-\d{2}\/$/);
    fireEvent.change(prefix, { target: { value: 'raw/2026-12-05/' } });
    choose('upload-folder-input', [
      file('big.bin', bigBytes(), 'day/big.bin'),
      file('labels.csv', 'id,label\n1,0\n', 'day/labels.csv'),
    ]);
    expect(screen.getByTestId('upload-chosen').textContent).toContain('2 files');
    fireEvent.click(screen.getByTestId('upload-start'));

    await waitFor(() => expect(host.callsTo('transfers.finishFile')).toHaveLength(2), { timeout: 10_000 });
    expect(host.callsTo('transfers.startUpload')[0]?.input).toEqual({
      bucket: 'churn-data',
      prefix: 'raw/2026-12-05/',
      files: [
        { relativePath: 'day/big.bin', size: BIG },
        { relativePath: 'day/labels.csv', size: 13 },
      ],
    });
    const big = host.data.chunks.filter((chunk) => chunk.fileIndex === 0);
    expect(big.map((chunk) => [chunk.offset, chunk.size])).toEqual([
      [0, UPLOAD_CHUNK_BYTES],
      [UPLOAD_CHUNK_BYTES, UPLOAD_CHUNK_BYTES],
      [2 * UPLOAD_CHUNK_BYTES, 100],
    ]);
    // Each file is finished after its last chunk, never before.
    const order = host.calls.filter(
      (call) => call.channel.startsWith('transfers.') && call.channel !== 'transfers.startUpload',
    );
    const lastBigChunk = order.findLastIndex(
      (call) => call.channel === 'transfers.uploadChunk' && (call.input as { fileIndex: number }).fileIndex === 0,
    );
    const bigFinish = order.findIndex(
      (call) => call.channel === 'transfers.finishFile' && (call.input as { fileIndex: number }).fileIndex === 0,
    );
    expect(bigFinish).toBeGreaterThan(lastBigChunk);
    expect(host.data.content('churn-data', 'raw/2026-12-05/day/labels.csv')).toBe('id,label\n1,0\n');
    const stored = host.data.buckets.get('churn-data')!.objects.get('raw/2026-12-05/day/big.bin')![0]!.bytes;
    const expected = bigBytes();
    // Compared in one pass: a deep equal over 8 MiB element by element takes minutes.
    expect(stored.length === expected.length && stored.every((byte, index) => byte === expected[index])).toBe(true);

    // The listing shows what was uploaded without a manual refresh.
    await screen.findByTestId('folder-row-raw/');
  });

  it('keeps uploading after the user leaves the bucket, shown in the transfers panel', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', seed);
    await openUpload();
    choose('upload-files-input', [file('a.csv', 'aaaa'), file('b.csv', 'bbbb')]);
    const release = host.hold('transfers.uploadChunk');
    fireEvent.click(screen.getByTestId('upload-start'));
    await screen.findByTestId('upload-started');
    const transfer = await screen.findByTestId(`transfer-${transferId}`);
    expect(transfer.dataset.state).toBe('running');

    window.location.hash = '#/data';
    await screen.findByTestId('bucket-list');
    expect(screen.queryByTestId('upload-panel')).toBeNull();
    release();
    await waitFor(() => expect(screen.getByTestId(`transfer-${transferId}`).dataset.state).toBe('done'));
    expect(host.data.content('churn-data', `${datedPrefix('')}a.csv`)).toBe('aaaa');
    expect(host.data.content('churn-data', `${datedPrefix('')}b.csv`)).toBe('bbbb');
  });

  it('stops on a failed chunk, says so with Retry, and sends the rest after Retry', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', seed);
    await openUpload();
    choose('upload-files-input', [file('a.csv', 'aaaa')]);
    host.data.failChunk(0);
    fireEvent.click(screen.getByTestId('upload-start'));
    const transfer = await screen.findByTestId(`transfer-${transferId}`);
    await waitFor(() => expect(transfer.dataset.state).toBe('failed'));
    expect(transfer.textContent).toContain('Part 1 failed: InternalError');
    expect(host.callsTo('transfers.finishFile')).toHaveLength(0);

    fireEvent.click(within(transfer).getByTestId('transfer-retry'));
    await waitFor(() => expect(screen.getByTestId(`transfer-${transferId}`).dataset.state).toBe('done'));
    expect(host.data.chunks.map((chunk) => chunk.offset)).toEqual([0, 0]);
    expect(host.data.content('churn-data', `${datedPrefix('')}a.csv`)).toBe('aaaa');
  });

  it('cancels: no chunk goes out after Cancel', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', seed);
    await openUpload();
    choose('upload-files-input', [file('a.csv', 'aaaa'), file('b.csv', 'bbbb'), file('c.csv', 'cccc')]);
    const release = host.hold('transfers.uploadChunk');
    fireEvent.click(screen.getByTestId('upload-start'));
    const transfer = await screen.findByTestId(`transfer-${transferId}`);
    fireEvent.click(within(transfer).getByTestId('transfer-cancel'));
    await waitFor(() => expect(screen.getByTestId(`transfer-${transferId}`).dataset.state).toBe('cancelled'));
    const sent = host.callsTo('transfers.uploadChunk').length;
    await act(async () => release());
    expect(host.callsTo('transfers.uploadChunk')).toHaveLength(sent);
    expect(host.callsTo('transfers.finishFile')).toHaveLength(0);
    expect(screen.getByTestId(`transfer-${transferId}`).textContent).toContain('Cancelled');
  });

  it('refuses an upload with no files or a too-long prefix before any call', async () => {
    const { host } = await renderData('#/data/bucket/churn-data', seed);
    await openUpload();
    expect(screen.getByTestId('upload-start').hasAttribute('disabled')).toBe(true);
    choose('upload-files-input', [file('a.csv', 'aaaa')]);
    fireEvent.change(screen.getByTestId('upload-prefix'), { target: { value: 'p/'.repeat(600) } });
    fireEvent.click(screen.getByTestId('upload-start'));
    expect(await screen.findByText('Prefixes are at most 1,024 bytes.')).toBeTruthy();
    expect(host.callsTo('transfers.startUpload')).toHaveLength(0);
    expect(screen.getByTestId('upload-chosen').textContent).toContain('1 file');
  });
});
