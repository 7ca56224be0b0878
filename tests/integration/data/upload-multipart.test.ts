import { GetObjectAttributesCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferSummary } from '../../../shared/domain/data';
import {
  BUCKET,
  fileBytes,
  MiB,
  openMultipartUploads,
  readObject,
  startTransfersWorld,
  summariesFrom,
  until,
  uploadFiles,
  type LocalFile,
  type TransfersWorld,
} from './transfers-harness';

/** A 50 MB dataset folder: three multipart files (one nested, named with Windows separators) and two single-part ones. */
const FOLDER: LocalFile[] = [
  { relativePath: 'train/part-0.bin', bytes: fileBytes(20 * MiB + 123, 1) },
  { relativePath: 'train\\nested\\part-1.bin', bytes: fileBytes(15 * MiB, 2) },
  { relativePath: 'validation/part-0.bin', bytes: fileBytes(9 * MiB + 7, 3) },
  { relativePath: 'test/part-0.bin', bytes: fileBytes(5 * MiB + 11, 4) },
  { relativePath: 'README.txt', bytes: Buffer.from('churn dataset, generated for the transfers test\n') },
];

describe('transfers: multipart upload of a 50 MB folder with a failed part', () => {
  let world: TransfersWorld;
  let summary: TransferSummary;
  let finished: { key: string; checksumVerified: boolean }[];
  let keys: string[];

  beforeAll(async () => {
    world = await startTransfersWorld();
    const watch = world.subscribe('transfers.watch', {});
    // One UploadPart answers 500: the part is sent again with the bytes core still holds.
    world.sandbox.control.addFault({ operation: 's3:UploadPart', kind: 'error5xx', count: 1 });
    const result = await uploadFiles(world, 'raw/2026-12-05/', FOLDER);
    finished = result.finished;
    keys = result.started.keys;
    await until(
      () => summariesFrom(watch.events).get(result.started.transferId)?.state === 'done',
      'the watch to report the upload done',
    );
    summary = summariesFrom(watch.events).get(result.started.transferId)!;
    watch.cancel();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('keys each file under the prefix with S3 separators', () => {
    expect(keys).toEqual([
      'raw/2026-12-05/train/part-0.bin',
      'raw/2026-12-05/train/nested/part-1.bin',
      'raw/2026-12-05/validation/part-0.bin',
      'raw/2026-12-05/test/part-0.bin',
      'raw/2026-12-05/README.txt',
    ]);
  });

  it('retries the failed part and finishes every file with its checksum verified', () => {
    expect(world.sandbox.control.faults()).toEqual([]);
    expect(finished).toEqual(keys.map((key) => ({ key, checksumVerified: true })));
    expect(summary.state).toBe('done');
    expect(summary.partRetries).toBe(1);
    expect(summary.bytesDone).toBe(summary.bytesTotal);
    expect(summary.bytesTotal).toBe(FOLDER.reduce((sum, file) => sum + file.bytes.length, 0));
    expect(summary.files.every((file) => file.state === 'done' && file.checksumVerified === true)).toBe(true);
    expect(summary.error).toBeUndefined();
  });

  it('stores exactly the bytes sent', async () => {
    for (const [index, file] of FOLDER.entries())
      expect((await readObject(world, keys[index]!)).equals(file.bytes)).toBe(true);
  });

  it('uploads big files in 8 MiB parts with a composite CRC32 and small ones whole', async () => {
    const first = await world.s3.send(
      new GetObjectAttributesCommand({
        Bucket: BUCKET,
        Key: keys[0],
        ObjectAttributes: ['Checksum', 'ObjectParts', 'ObjectSize'],
      }),
    );
    expect(first.Checksum?.ChecksumType).toBe('COMPOSITE');
    expect(first.ObjectParts?.TotalPartsCount).toBe(3);
    expect(first.ObjectParts?.Parts?.map((part) => part.Size)).toEqual([8 * MiB, 8 * MiB, 4 * MiB + 123]);
    const head = await world.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: keys[0], ChecksumMode: 'ENABLED' }));
    expect(head.ChecksumCRC32).toMatch(/-3$/);
    const small = await world.s3.send(
      new GetObjectAttributesCommand({ Bucket: BUCKET, Key: keys[4], ObjectAttributes: ['Checksum', 'ObjectParts'] }),
    );
    expect(small.ObjectParts).toBeUndefined();
    expect(small.Checksum?.ChecksumCRC32).toBeDefined();
  });

  it('leaves no multipart upload open', async () => {
    expect(await openMultipartUploads(world)).toEqual([]);
  });
});
