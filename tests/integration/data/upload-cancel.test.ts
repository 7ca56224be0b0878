import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferSummary } from '../../../shared/domain/data';
import {
  BUCKET,
  chunkInput,
  fileBytes,
  MiB,
  openMultipartUploads,
  sendChunks,
  startTransfersWorld,
  startUpload,
  summariesFrom,
  until,
  type TransfersWorld,
} from './transfers-harness';

describe('transfers: cancel mid-upload', () => {
  let world: TransfersWorld;
  const bytes = fileBytes(30 * MiB, 7);

  beforeAll(async () => {
    world = await startTransfersWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('aborts the open multipart upload, says cancelled and takes no more bytes', async () => {
    const watch = world.subscribe('transfers.watch', {});
    const { transferId, keys } = await startUpload(world, 'raw/', [{ relativePath: 'big.bin', size: bytes.length }]);
    await sendChunks(world, transferId, 0, bytes.subarray(0, 12 * MiB));
    await until(
      () => summariesFrom(watch.events).get(transferId)?.bytesDone === 8 * MiB,
      'the first part to be acknowledged',
    );
    expect(await openMultipartUploads(world)).toEqual(['raw/big.bin']);

    const cancelled = await world.ok<TransferSummary>('transfers.cancel', { transferId });

    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.files[0]?.state).toBe('cancelled');
    expect(cancelled.endedAt).toBeDefined();
    expect(await openMultipartUploads(world)).toEqual([]);
    const refused = await world.fail('transfers.uploadChunk', chunkInput(transferId, 0, bytes, 12 * MiB));
    expect(refused.code).toBe('Cancelled');
    expect((await world.fail('transfers.finishFile', { transferId, fileIndex: 0 })).code).toBe('Cancelled');
    await expect(world.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: keys[0] }))).rejects.toMatchObject({
      name: 'NotFound',
    });
    await until(
      () => summariesFrom(watch.events).get(transferId)?.state === 'cancelled',
      'the watch to report the cancel',
    );
    watch.cancel();
  });

  it('refuses chunks of an unknown transfer and out of order', async () => {
    const unknown = await world.fail(
      'transfers.uploadChunk',
      chunkInput('6f1c1c52-7d0e-4d55-9a3e-2f7f8d1c0a11', 0, bytes, 0),
    );
    expect(unknown.code).toBe('NoSuchTransfer');
    const { transferId } = await startUpload(world, '', [{ relativePath: 'a.bin', size: bytes.length }]);
    const skipped = await world.fail('transfers.uploadChunk', chunkInput(transferId, 0, bytes, 4 * MiB));
    expect(skipped.code).toBe('InvalidInput');
    expect(skipped.message).toContain('from offset 0');
    const early = await world.fail('transfers.finishFile', { transferId, fileIndex: 0 });
    expect(early.message).toContain(`0 of the ${bytes.length} bytes`);
    await world.ok('transfers.cancel', { transferId });
  });

  it('refuses two files that would land on one key before anything is sent', async () => {
    const error = await world.fail('transfers.startUpload', {
      bucket: BUCKET,
      prefix: 'x/',
      files: [
        { relativePath: 'a/b.csv', size: 1 },
        { relativePath: 'a\\b.csv', size: 1 },
      ],
    });
    expect(error.code).toBe('InvalidInput');
    expect(error.fields).toEqual({ 'files.1.relativePath': 'Files 1 and 2 would both be uploaded as x/a/b.csv.' });
  });
});
