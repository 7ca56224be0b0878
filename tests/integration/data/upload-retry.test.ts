import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferSummary } from '../../../shared/domain/data';
import {
  chunkInput,
  fileBytes,
  MiB,
  openMultipartUploads,
  readObject,
  sendChunks,
  startTransfersWorld,
  startUpload,
  summariesFrom,
  until,
  type TransfersWorld,
} from './transfers-harness';

describe('transfers: a part that fails past its attempts, then transfers.retry', () => {
  let world: TransfersWorld;
  const big = fileBytes(12 * MiB, 11);
  const small = fileBytes(1 * MiB, 12);

  beforeAll(async () => {
    world = await startTransfersWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('fails the file and the upload with the error, keeps the bytes, and completes after a retry', async () => {
    const watch = world.subscribe('transfers.watch', {});
    // Every UploadPart answers 500 until the rule is cleared: each part uses its 3 attempts.
    world.sandbox.control.addFault({ operation: 's3:UploadPart', kind: 'error5xx' });
    const { transferId, keys } = await startUpload(world, 'raw/', [
        { relativePath: 'big.bin', size: big.length },
        { relativePath: 'small.bin', size: small.length },
      ]);
    await sendChunks(world, transferId, 0, big);
    const finish = await world.fail('transfers.finishFile', { transferId, fileIndex: 0 });
    expect(finish.code).toBe('TransferFailed');
    expect(finish.message).toContain('InternalError');

    await until(
      () => summariesFrom(watch.events).get(transferId)?.state === 'failed',
      'the watch to report the failure',
    );
    const failed = summariesFrom(watch.events).get(transferId)!;
    expect(failed.files[0]).toMatchObject({ key: 'raw/big.bin', state: 'failed', bytesDone: 0 });
    expect(failed.error).toMatch(/^raw\/big\.bin: InternalError/);
    // Two parts, three attempts each: two retries per part before giving up.
    expect(failed.partRetries).toBe(4);
    // The next file's bytes are refused (not kept) until the upload is retried.
    expect((await world.fail('transfers.uploadChunk', chunkInput(transferId, 1, small, 0))).code).toBe(
      'TransferFailed',
    );

    world.sandbox.control.clearFaults();
    const retried = await world.ok<TransferSummary>('transfers.retry', { transferId });
    expect(retried.state).toBe('running');
    expect(retried.error).toBeUndefined();
    expect(await world.ok('transfers.finishFile', { transferId, fileIndex: 0 })).toEqual({
      key: 'raw/big.bin',
      checksumVerified: true,
    });
    await sendChunks(world, transferId, 1, small);
    expect(await world.ok('transfers.finishFile', { transferId, fileIndex: 1 })).toEqual({
      key: 'raw/small.bin',
      checksumVerified: true,
    });

    await until(
      () => summariesFrom(watch.events).get(transferId)?.state === 'done',
      'the watch to report the upload done',
    );
    expect(summariesFrom(watch.events).get(transferId)).toMatchObject({
      state: 'done',
      partRetries: 4,
      bytesDone: big.length + small.length,
    });
    expect((await readObject(world, keys[0]!)).equals(big)).toBe(true);
    expect((await readObject(world, keys[1]!)).equals(small)).toBe(true);
    expect(await openMultipartUploads(world)).toEqual([]);
    watch.cancel();
  });
});
