import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/contract/data';
import {
  BUCKET,
  chunkInput,
  fileBytes,
  historyOf,
  MiB,
  readObject,
  startTransfersWorld,
  startUpload,
  summariesFrom,
  until,
  type TransfersWorld,
} from './transfers-harness';

describe('transfers.watch: progress, speed and time left', () => {
  let world: TransfersWorld;
  const bytes = fileBytes(40 * MiB, 21);

  beforeAll(async () => {
    world = await startTransfersWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('reports growing progress at the speed the bytes went, and the upload outlives a session switch', async () => {
    const watch = world.subscribe('transfers.watch', {});
    expect(watch.events[0]).toEqual({ type: 'snapshot', items: [] });
    const { transferId } = await startUpload(world, 'raw/', [{ relativePath: 'stream.bin', size: bytes.length }]);
    const latest = () => summariesFrom(watch.events).get(transferId);
    expect(latest()).toMatchObject({
      kind: 'upload',
      profile: 'base',
      region: 'us-east-1',
      bucket: BUCKET,
      target: 'raw/',
      state: 'queued',
      bytesDone: 0,
    });

    // Each part (two chunks) takes two seconds on the clock before S3 acknowledges it: 4 MiB/s.
    for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
      if (offset % (8 * MiB) === 0) world.clock.advance(2_000);
      await world.ok('transfers.uploadChunk', chunkInput(transferId, 0, bytes, offset));
      const sent = offset + UPLOAD_CHUNK_BYTES;
      if (sent % (8 * MiB) !== 0) continue;
      await until(() => latest()?.bytesDone === sent, `the watch to show ${sent} bytes done`);
      if (sent === 16 * MiB) await world.ok('session.select', { profile: 'other' });
    }
    expect(await world.ok('transfers.finishFile', { transferId, fileIndex: 0 })).toEqual({
      key: 'raw/stream.bin',
      checksumVerified: true,
    });
    await until(() => latest()?.state === 'done', 'the watch to report the upload done');

    const history = historyOf(watch.events, transferId);
    const done = history.map((summary) => summary.bytesDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done)).toEqual(new Set([0, 8 * MiB, 16 * MiB, 24 * MiB, 32 * MiB, 40 * MiB]));
    const running = history.filter((summary) => summary.state === 'running' && summary.bytesDone > 0);
    expect(running.length).toBeGreaterThan(0);
    for (const summary of running) {
      expect(summary.bytesPerSecond).toBeCloseTo(4 * MiB, -3);
      expect(summary.secondsLeft).toBe(Math.ceil((40 * MiB - summary.bytesDone) / summary.bytesPerSecond));
    }
    const final = latest()!;
    expect(final).toMatchObject({ state: 'done', profile: 'base', bytesDone: 40 * MiB, partRetries: 0 });
    expect(final.secondsLeft).toBeUndefined();
    expect(final.endedAt).toBeDefined();
    // The watch is not tied to a session: the switch did not end it.
    expect(watch.ended).toBeUndefined();
    expect((await readObject(world, 'raw/stream.bin')).equals(bytes)).toBe(true);

    // A new panel (another window, or the screen opened again) gets the finished upload in its snapshot.
    const later = world.subscribe('transfers.watch', {});
    expect(later.events[0]).toMatchObject({ type: 'snapshot', items: [{ id: transferId, state: 'done' }] });
    later.cancel();
    watch.cancel();
  });
});
