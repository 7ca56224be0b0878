import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DownloadEvent } from '../../../../../shared/contract/data';
import { SageDeckError } from '../../../../../shared/errors';
import type { DownloadTransfer } from './download-transfer';
import { fullObjectChecksum, runningChecksum } from './full-object-checksum';
import { cancelled, describeFailure } from './transfer-errors';

/** Largest chunk of a download event: small enough for a smooth progress bar and a quick frame. */
export const DOWNLOAD_CHUNK_BYTES = 1024 * 1024;

export interface DownloadRequest {
  bucket: string;
  key: string;
  versionId?: string | undefined;
}

/**
 * Gathers whatever sizes the socket delivers (often 64 KiB) into chunks of DOWNLOAD_CHUNK_BYTES:
 * sixteen times fewer events for the renderer to decode. `flush` gives the remainder at the end.
 */
class Rechunker {
  private pieces: Uint8Array[] = [];
  private size = 0;

  *push(piece: Uint8Array): Generator<Buffer> {
    this.pieces.push(piece);
    this.size += piece.byteLength;
    while (this.size >= DOWNLOAD_CHUNK_BYTES) {
      const joined = Buffer.concat(this.pieces, this.size);
      yield joined.subarray(0, DOWNLOAD_CHUNK_BYTES);
      const rest = joined.subarray(DOWNLOAD_CHUNK_BYTES);
      this.pieces = rest.length ? [rest] : [];
      this.size = rest.length;
    }
  }

  *flush(): Generator<Buffer> {
    if (this.size > 0) yield Buffer.concat(this.pieces, this.size);
    this.pieces = [];
    this.size = 0;
  }
}

/**
 * Streams one object: meta, its bytes in order as base64 chunks, then done with whether the bytes
 * match the full-object checksum S3 stored. A mismatch ends the stream with an error instead.
 * Stopping the stream aborts the GetObject.
 */
export async function runDownload(
  s3: S3Client,
  request: DownloadRequest,
  transfer: DownloadTransfer,
  signal: AbortSignal,
  emit: (event: DownloadEvent) => void,
  changed: () => void,
): Promise<void> {
  try {
    const answer = await s3.send(
      new GetObjectCommand({ Bucket: request.bucket, Key: request.key, ChecksumMode: 'ENABLED', ...(request.versionId ? { VersionId: request.versionId } : {}) }),
      { abortSignal: signal },
    );
    transfer.state = 'running';
    transfer.bytesTotal = answer.ContentLength ?? 0;
    emit({
      type: 'meta',
      key: request.key,
      size: transfer.bytesTotal,
      ...(answer.ContentType ? { contentType: answer.ContentType } : {}),
      ...(answer.VersionId ? { versionId: answer.VersionId } : {}),
    });
    changed();
    const stored = fullObjectChecksum(answer);
    const local = stored ? runningChecksum(stored.algorithm) : undefined;
    const rechunker = new Rechunker();
    const send = (chunk: Buffer) => {
      local?.update(chunk);
      emit({ type: 'chunk', offset: transfer.bytesDone, data: chunk.toString('base64') });
      transfer.bytesDone += chunk.length;
    };
    for await (const piece of answer.Body as AsyncIterable<Uint8Array>) {
      if (signal.aborted) throw signal.reason;
      const before = transfer.bytesDone;
      for (const chunk of rechunker.push(piece)) send(chunk);
      if (transfer.bytesDone !== before) changed();
    }
    for (const chunk of rechunker.flush()) send(chunk);
    const checksumVerified = Boolean(stored && local && local.digest() === stored.value);
    if (stored && !checksumVerified) {
      throw new SageDeckError({
        code: 'ChecksumMismatch',
        message: `The bytes received do not match S3's ${stored.algorithm} checksum of ${request.key}: do not use the saved file; download it again.`,
        retryable: true,
      });
    }
    transfer.checksumVerified = checksumVerified;
    transfer.end('done');
    changed();
    emit({ type: 'done', checksumVerified });
  } catch (error) {
    if (signal.aborted) transfer.end('cancelled');
    else transfer.end('failed', describeFailure(error));
    changed();
    throw signal.aborted ? cancelled('The download was cancelled.') : error;
  }
}
