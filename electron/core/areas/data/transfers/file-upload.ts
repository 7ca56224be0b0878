import type { TransferFile, TransferState } from '../../../../../shared/domain/data';
import { SageDeckError } from '../../../../../shared/errors';
import { compositeCrc32, crc32, crc32Base64 } from './crc32';
import { isMultipart, partSizeFor } from './part-size';
import { abortUpload, completeUpload, createUpload, putWhole, storedCrc32, uploadPart, type ObjectRef, type UploadClients } from './s3-requests';
import { sendWithRetry } from './send-with-retry';
import { describeFailure, invalid } from './transfer-errors';

/** What a file needs from the transfer it belongs to. */
export interface FileUploadEnv {
  clients: UploadClients;
  /** Aborted when the transfer is cancelled. */
  signal: AbortSignal;
  /** A part slot (per transfer and across transfers); the returned function gives it back. */
  acquireSlot(signal: AbortSignal): Promise<() => void>;
  /** Bytes core holds for this transfer went up (received) or down (sent and acknowledged). */
  hold(delta: number): void;
  partRetried(): void;
  changed(): void;
}

interface Part {
  number: number;
  bytes: Buffer;
  size: number;
  checksum: string;
  state: 'sending' | 'done' | 'failed';
  etag?: string;
}

const EMPTY = Buffer.alloc(0);

/**
 * One file of an upload: chunks arrive in order and are cut into parts; each part goes up as soon
 * as it is whole (parallel, within the transfer's slots), with its CRC32. A part keeps its bytes
 * until S3 acknowledged it, so a failed one can be sent again. `finish` completes the upload and
 * checks S3's checksum against the one computed here.
 */
export class FileUpload {
  readonly partBytes: number;
  readonly multipart: boolean;
  received = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly parts: Part[] = [];
  private uploadId: Promise<string> | undefined;
  private completed = false;
  private finishing: Promise<{ key: string; checksumVerified: boolean }> | undefined;
  private putAnswer: { checksum?: string | undefined; versionId?: string | undefined } | undefined;
  private waiters: (() => void)[] = [];
  private state: TransferState = 'queued';
  private error: string | undefined;
  private checksumVerified: boolean | undefined;

  constructor(
    readonly ref: ObjectRef,
    readonly size: number,
    private readonly env: FileUploadEnv,
  ) {
    this.partBytes = partSizeFor(size);
    this.multipart = isMultipart(size, this.partBytes);
  }

  get failed(): boolean {
    return this.state === 'failed';
  }

  get done(): boolean {
    return this.state === 'done';
  }

  get failure(): string | undefined {
    return this.error;
  }

  view(): TransferFile {
    const bytesDone = this.parts.reduce((sum, part) => sum + (part.state === 'done' ? part.size : 0), 0);
    return {
      key: this.ref.key,
      bytesTotal: this.size,
      bytesDone,
      state: this.state,
      ...(this.checksumVerified !== undefined ? { checksumVerified: this.checksumVerified } : {}),
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** Takes the next bytes of the file. A resend of bytes already taken (a lost answer) is accepted as is. */
  append(offset: number, bytes: Buffer): void {
    if (offset + bytes.length <= this.received && bytes.length > 0) return;
    if (offset !== this.received) throw invalid(`Expected the bytes of ${this.ref.key} from offset ${this.received}, got ${offset}: send each file's chunks in order.`, 'offset');
    if (this.received + bytes.length > this.size) throw invalid(`${this.ref.key} is ${this.size} bytes, as announced; more were sent.`, 'data');
    if (this.state === 'queued') this.state = 'running';
    this.received += bytes.length;
    this.env.hold(bytes.length);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    while (this.pendingBytes >= this.partBytes && (this.multipart || this.received === this.size)) this.seal(this.partBytes);
    if (this.received === this.size && this.pendingBytes > 0) this.seal(this.pendingBytes);
    this.env.changed();
  }

  /** Cuts the first `size` pending bytes into the next part and sends it. */
  private seal(size: number): void {
    const joined = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    const bytes = joined.subarray(0, size);
    const rest = joined.subarray(size);
    this.pending = rest.length ? [rest] : [];
    this.pendingBytes = rest.length;
    const part: Part = { number: this.parts.length + 1, bytes, size, checksum: crc32Base64(crc32(bytes)), state: 'sending' };
    this.parts.push(part);
    void this.send(part);
  }

  private async send(part: Part): Promise<void> {
    part.state = 'sending';
    const { signal } = this.env;
    try {
      const release = await this.env.acquireSlot(signal);
      try {
        if (this.multipart) {
          const uploadId = await this.openUpload();
          part.etag = await sendWithRetry(() => uploadPart(this.env.clients, this.ref, uploadId, part, signal), signal, () => this.env.partRetried());
        } else {
          this.putAnswer = await sendWithRetry(() => putWhole(this.env.clients, this.ref, part.bytes, part.checksum, signal), signal, () => this.env.partRetried());
        }
      } finally {
        release();
      }
      part.state = 'done';
      part.bytes = EMPTY;
      this.env.hold(-part.size);
    } catch (error) {
      part.state = 'failed';
      if (!signal.aborted) this.fail(error);
    }
    this.settle();
  }

  /** The multipart upload, opened once by the first part; a failed open is tried again by the next retry. */
  private openUpload(): Promise<string> {
    if (!this.uploadId) {
      const opening = createUpload(this.env.clients, this.ref, this.env.signal);
      opening.catch(() => {
        if (this.uploadId === opening) this.uploadId = undefined;
      });
      this.uploadId = opening;
    }
    return this.uploadId;
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.error = describeFailure(error);
  }

  private settle(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
    this.env.changed();
  }

  private async partsSettled(): Promise<void> {
    while (this.parts.some((part) => part.state === 'sending')) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Sends the parts that failed again (their bytes are still here). */
  retry(): void {
    const failed = this.parts.filter((part) => part.state === 'failed');
    // A checksum mismatch is not cured by sending the same parts again: the file must be uploaded anew.
    if ((!failed.length && !this.failed) || this.checksumVerified === false) return;
    this.state = this.received > 0 ? 'running' : 'queued';
    this.error = undefined;
    for (const part of failed) void this.send(part);
    this.env.changed();
  }

  /** Every byte was sent: wait for the parts, complete, verify. Called again, it answers the same outcome. */
  finish(): Promise<{ key: string; checksumVerified: boolean }> {
    if (this.received !== this.size) {
      return Promise.reject(invalid(`${this.received} of the ${this.size} bytes of ${this.ref.key} arrived; send the rest before finishing it.`));
    }
    if (!this.finishing) {
      const finishing = this.complete();
      // A failed finish can be asked again after a retry; a successful one is kept.
      finishing.catch(() => {
        if (this.finishing === finishing) this.finishing = undefined;
      });
      this.finishing = finishing;
    }
    return this.finishing;
  }

  private async complete(): Promise<{ key: string; checksumVerified: boolean }> {
    if (this.size === 0 && this.parts.length === 0) {
      if (this.state === 'queued') this.state = 'running';
      this.seal(0);
    }
    await this.partsSettled();
    if (this.env.signal.aborted) throw this.env.signal.reason;
    if (this.failed) throw new SageDeckError({ code: 'TransferFailed', message: `${this.ref.key}: ${this.error ?? 'a part failed.'}`, retryable: true });
    try {
      const expected = this.multipart ? compositeCrc32(this.parts.map((part) => part.checksum)) : (this.parts[0] as Part).checksum;
      const answer = this.multipart ? await this.completeMultipart() : (this.putAnswer ?? {});
      const stored = answer.checksum ?? (await storedCrc32(this.env.clients, this.ref, answer.versionId, this.env.signal));
      if (stored !== undefined && stored !== expected) {
        this.fail(new Error(`S3 stored checksum ${stored}, but the bytes sent have ${expected}: the object in S3 is not the file sent. Upload it again.`));
        this.checksumVerified = false;
        this.env.changed();
        throw new SageDeckError({ code: 'ChecksumMismatch', message: `${this.ref.key}: ${this.error}`, retryable: false });
      }
      this.checksumVerified = stored !== undefined;
      this.state = 'done';
      this.env.changed();
      return { key: this.ref.key, checksumVerified: this.checksumVerified };
    } catch (error) {
      if (!this.env.signal.aborted && !this.failed) {
        this.fail(error);
        this.env.changed();
      }
      throw error;
    }
  }

  private async completeMultipart() {
    const uploadId = await this.openUpload();
    const parts = this.parts.map((part) => ({ number: part.number, etag: part.etag as string, checksum: part.checksum }));
    const answer = await completeUpload(this.env.clients, this.ref, uploadId, parts, this.env.signal);
    this.completed = true;
    return answer;
  }

  /**
   * After the transfer's signal aborted: wait for the aborted requests to settle, then abort the
   * open multipart upload so S3 keeps (and bills) no orphaned parts. The bytes held are dropped.
   */
  async cancel(): Promise<void> {
    if (this.state !== 'done') this.state = 'cancelled';
    await this.partsSettled();
    const opening = this.uploadId;
    if (opening && !this.completed) {
      const uploadId = await opening.catch(() => undefined);
      if (uploadId) {
        await abortUpload(this.env.clients, this.ref, uploadId).catch((error: unknown) => {
          this.error = `The multipart upload ${uploadId} could not be aborted (${describeFailure(error)}) Its parts stay in S3 until a lifecycle rule removes them.`;
        });
      }
    }
    this.env.hold(-this.heldBytes());
    for (const part of this.parts) part.bytes = EMPTY;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private heldBytes(): number {
    return this.pendingBytes + this.parts.reduce((sum, part) => sum + (part.state === 'done' ? 0 : part.bytes.length), 0);
  }
}
