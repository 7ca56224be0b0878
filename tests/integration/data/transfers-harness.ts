import { CreateBucketCommand, GetObjectCommand, ListMultipartUploadsCommand } from '@aws-sdk/client-s3';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/contract/data';
import type { TransferSummary } from '../../../shared/domain/data';
import type { WatchEvent } from '../../../shared/domain/watch';
import { startJobsWorld, until, type JobsWorld } from '../jobs/jobs-harness';

export { until };
export const BUCKET = 'sagedeck-transfers-test';
export const MiB = 1024 * 1024;

export type TransfersWorld = JobsWorld;

/** A core on profile `base` against a sandbox with manual clock, and an empty bucket to upload into. */
export async function startTransfersWorld(): Promise<TransfersWorld> {
  const world = await startJobsWorld();
  await world.s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  return world;
}

/** Bytes that differ per file and per position (a seeded xorshift), the same on every run. */
export function fileBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(Math.ceil(size / 4) * 4);
  let state = (seed * 2_654_435_761) >>> 0 || 1;
  for (let i = 0; i < size; i += 4) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes.writeUInt32LE(state, i);
  }
  return bytes.subarray(0, size);
}

export interface LocalFile {
  relativePath: string;
  bytes: Buffer;
}

/** What `transfers.startUpload` answers. */
export interface StartedUpload {
  transferId: string;
  keys: string[];
}

/** Opens an upload of files of the given sizes into the test bucket. */
export function startUpload(world: TransfersWorld, prefix: string, files: { relativePath: string; size: number }[]): Promise<StartedUpload> {
  return world.ok<StartedUpload>('transfers.startUpload', { bucket: BUCKET, prefix, files });
}

/** One chunk as the renderer sends it: at most 4 MiB, base64. */
export function chunkInput(transferId: string, fileIndex: number, bytes: Buffer, offset: number) {
  return {
    transferId,
    fileIndex,
    offset,
    data: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64'),
  };
}

/** Sends a file's bytes from `from` in 4 MiB chunks, each after the previous one was answered. */
export async function sendChunks(
  world: TransfersWorld,
  transferId: string,
  fileIndex: number,
  bytes: Buffer,
  from = 0,
  between?: () => void,
): Promise<void> {
  for (let offset = from; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    await world.ok('transfers.uploadChunk', chunkInput(transferId, fileIndex, bytes, offset));
    between?.();
  }
}

/**
 * Drives an upload as the renderer does: start, then each file's chunks in order, its finish
 * asked without waiting (so the next file's bytes flow while the last parts go up), and all
 * finishes awaited at the end.
 */
export async function uploadFiles(world: TransfersWorld, prefix: string, files: LocalFile[], between?: () => void) {
  const started = await startUpload(
    world,
    prefix,
    files.map((file) => ({ relativePath: file.relativePath, size: file.bytes.length })),
  );
  const finishes: Promise<{ key: string; checksumVerified: boolean }>[] = [];
  for (const [index, file] of files.entries()) {
    await sendChunks(world, started.transferId, index, file.bytes, 0, between);
    finishes.push(world.ok('transfers.finishFile', { transferId: started.transferId, fileIndex: index }));
  }
  return { started, finished: await Promise.all(finishes) };
}

export async function readObject(world: TransfersWorld, key: string): Promise<Buffer> {
  const answer = await world.s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await answer.Body!.transformToByteArray());
}

export async function openMultipartUploads(world: TransfersWorld): Promise<string[]> {
  const answer = await world.s3.send(new ListMultipartUploadsCommand({ Bucket: BUCKET }));
  return (answer.Uploads ?? []).map((upload) => upload.Key ?? '');
}

/** The latest summary of each transfer, as a panel following `transfers.watch` would hold them. */
export function summariesFrom(events: unknown[]): Map<string, TransferSummary> {
  const latest = new Map<string, TransferSummary>();
  for (const event of events as WatchEvent<TransferSummary>[]) {
    if (event.type === 'snapshot') for (const item of event.items) latest.set(item.id, item);
    if (event.type === 'changes') {
      for (const item of [...event.added, ...event.updated]) latest.set(item.id, item);
      for (const id of event.removed) latest.delete(id);
    }
  }
  return latest;
}

/** Every summary of one transfer the watch delivered, in order. */
export function historyOf(events: unknown[], transferId: string): TransferSummary[] {
  const history: TransferSummary[] = [];
  for (const event of events as WatchEvent<TransferSummary>[]) {
    const items =
      event.type === 'snapshot' ? event.items : event.type === 'changes' ? [...event.added, ...event.updated] : [];
    history.push(...items.filter((item) => item.id === transferId));
  }
  return history;
}
