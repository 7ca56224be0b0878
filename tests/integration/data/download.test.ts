import { PutBucketVersioningCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DownloadEvent } from '../../../shared/contract/data';
import {
  BUCKET,
  fileBytes,
  MiB,
  startTransfersWorld,
  summariesFrom,
  until,
  uploadFiles,
  type TransfersWorld,
} from './transfers-harness';

interface Downloaded {
  events: DownloadEvent[];
  bytes: Buffer;
  error?: { code: string; message: string };
}

/** Opens transfers.download and collects it to the end, as a save in the renderer would. */
async function download(
  world: TransfersWorld,
  input: { bucket: string; key: string; versionId?: string },
): Promise<Downloaded> {
  const stream = world.subscribe('transfers.download', input);
  await until(() => stream.ended !== undefined, `the download of ${input.key} to end`);
  const events = stream.events as DownloadEvent[];
  const chunks = events.flatMap((event) => (event.type === 'chunk' ? [Buffer.from(event.data, 'base64')] : []));
  return { events, bytes: Buffer.concat(chunks), ...(stream.ended?.error ? { error: stream.ended.error } : {}) };
}

describe('transfers.download', () => {
  let world: TransfersWorld;

  beforeAll(async () => {
    world = await startTransfersWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('streams meta, the bytes in order in chunks of at most 1 MiB, then done with the checksum verified', async () => {
    const body = fileBytes(2 * MiB + 5, 31);
    // No checksum sent: S3 stores its default full-object CRC64NVME.
    await world.s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'raw/customers.csv', Body: body, ContentType: 'text/csv' }),
    );
    const watch = world.subscribe('transfers.watch', {});

    const result = await download(world, { bucket: BUCKET, key: 'raw/customers.csv' });

    expect(result.error).toBeUndefined();
    expect(result.events[0]).toEqual({
      type: 'meta',
      key: 'raw/customers.csv',
      size: body.length,
      contentType: 'text/csv',
    });
    const chunks = result.events.filter((event) => event.type === 'chunk');
    expect(chunks.length).toBe(3);
    let expectedOffset = 0;
    for (const chunk of chunks) {
      expect(chunk.offset).toBe(expectedOffset);
      const size = Buffer.from(chunk.data, 'base64').length;
      expect(size).toBeLessThanOrEqual(MiB);
      expectedOffset += size;
    }
    expect(result.bytes.equals(body)).toBe(true);
    expect(result.events.at(-1)).toEqual({ type: 'done', checksumVerified: true });

    await until(
      () => [...summariesFrom(watch.events).values()].some((s) => s.kind === 'download' && s.state === 'done'),
      'the panel to show the download done',
    );
    const shown = [...summariesFrom(watch.events).values()].find((s) => s.kind === 'download')!;
    expect(shown).toMatchObject({
      bucket: BUCKET,
      target: 'raw/customers.csv',
      bytesDone: body.length,
      bytesTotal: body.length,
      profile: 'base',
    });
    expect(shown.files[0]?.checksumVerified).toBe(true);
    watch.cancel();
  });

  it('verifies a CRC32 object and downloads an older version by id', async () => {
    await world.s3.send(
      new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } }),
    );
    const first = await world.s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'v.txt', Body: 'first version', ChecksumAlgorithm: 'CRC32' }),
    );
    await world.s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'v.txt', Body: 'second version', ChecksumAlgorithm: 'CRC32' }),
    );

    const old = await download(world, { bucket: BUCKET, key: 'v.txt', versionId: first.VersionId! });

    expect(old.events[0]).toMatchObject({ type: 'meta', versionId: first.VersionId, size: 13 });
    expect(old.bytes.toString()).toBe('first version');
    expect(old.events.at(-1)).toEqual({ type: 'done', checksumVerified: true });
  });

  it('says a composite multipart checksum could not be checked against the bytes', async () => {
    const body = fileBytes(9 * MiB, 32);
    await uploadFiles(world, 'mp/', [{ relativePath: 'big.bin', bytes: body }]);

    const result = await download(world, { bucket: BUCKET, key: 'mp/big.bin' });

    expect(result.bytes.equals(body)).toBe(true);
    expect(result.events.at(-1)).toEqual({ type: 'done', checksumVerified: false });
  });

  it('ends with S3 own error for a missing key', async () => {
    const result = await download(world, { bucket: BUCKET, key: 'nowhere.csv' });
    expect(result.events).toEqual([]);
    expect(result.error?.code).toBe('NoSuchKey');
  });

  it('stops the GetObject when the stream is cancelled', async () => {
    await world.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'slow.bin', Body: fileBytes(MiB, 33) }));
    world.sandbox.control.addFault({ operation: 's3:GetObject', kind: 'latency', latencyMs: 10_000, count: 1 });
    const watch = world.subscribe('transfers.watch', {});
    const stream = world.subscribe('transfers.download', { bucket: BUCKET, key: 'slow.bin' });
    await until(
      () => [...summariesFrom(watch.events).values()].some((s) => s.target === 'slow.bin'),
      'the download to start',
    );

    stream.cancel();

    await until(
      () => [...summariesFrom(watch.events).values()].some((s) => s.target === 'slow.bin' && s.state === 'cancelled'),
      'the download to be cancelled',
    );
    expect(stream.events).toEqual([]);
    watch.cancel();
  });
});
