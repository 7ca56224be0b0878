import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { TransferState, TransferSummary } from '../../../../../shared/domain/data';
import { FileUpload } from './file-upload';
import { DEFAULT_PART_BYTES } from './part-size';
import type { UploadClients } from './s3-requests';
import { Slots } from './slots';
import { progressFigures, SpeedMeter } from './speed-meter';
import { cancelled, invalid, transferFailed } from './transfer-errors';

/** Parts in flight per transfer: enough to fill a link without one upload starving the others. */
export const PARTS_IN_FLIGHT = 4;
/** Bytes held per in-flight slot before a chunk's answer waits: the renderer stays at most this far ahead. */
const HELD_PARTS_PER_SLOT = 2;

export interface UploadTransferOptions {
  profile: string;
  region: string;
  bucket: string;
  prefix: string;
  files: { key: string; size: number }[];
  clients: UploadClients;
  /** The cap shared by every transfer of the run. */
  sharedSlots: Slots;
  now: () => number;
  changed: () => void;
}

/**
 * One upload: its files, the bytes core holds for them (bounded: an uploadChunk answer waits for
 * room, which is what keeps the renderer from running ahead of S3), cancel and retry, and the
 * summary the transfers panel shows.
 */
export class UploadTransfer {
  readonly id = randomUUID();
  readonly kind = 'upload';
  readonly files: FileUpload[];
  private readonly controller = new AbortController();
  private readonly ownSlots = new Slots(PARTS_IN_FLIGHT);
  private readonly meter: SpeedMeter;
  private readonly startedAt: number;
  private readonly heldLimit: number;
  private endedAt: number | undefined;
  private held = 0;
  private retries = 0;
  private isCancelled = false;
  private roomWaiters: (() => void)[] = [];

  constructor(private readonly options: UploadTransferOptions) {
    // Every request and every part waiting for a slot listens to it: parts held (8) + in flight (4) + files opening uploads.
    setMaxListeners(64, this.controller.signal);
    this.startedAt = options.now();
    this.meter = new SpeedMeter(options.now);
    const env = {
      clients: options.clients,
      signal: this.controller.signal,
      acquireSlot: (signal: AbortSignal) => this.acquireSlot(signal),
      hold: (delta: number) => this.hold(delta),
      partRetried: () => {
        this.retries += 1;
        this.changed();
      },
      changed: () => this.changed(),
    };
    this.files = options.files.map((file) => new FileUpload({ bucket: options.bucket, key: file.key }, file.size, env));
    const largestPart = Math.max(DEFAULT_PART_BYTES, ...this.files.map((file) => file.partBytes));
    this.heldLimit = PARTS_IN_FLIGHT * HELD_PARTS_PER_SLOT * largestPart;
  }

  get state(): TransferState {
    if (this.isCancelled) return 'cancelled';
    if (this.files.some((file) => file.failed)) return 'failed';
    if (this.files.every((file) => file.done)) return 'done';
    return this.files.some((file) => file.received > 0) ? 'running' : 'queued';
  }

  get finished(): boolean {
    return ['done', 'cancelled'].includes(this.state);
  }

  private async acquireSlot(signal: AbortSignal): Promise<() => void> {
    const own = await this.ownSlots.acquire(signal);
    try {
      const shared = await this.options.sharedSlots.acquire(signal);
      return () => {
        shared();
        own();
      };
    } catch (error) {
      own();
      throw error;
    }
  }

  private hold(delta: number): void {
    this.held += delta;
    if (delta < 0) this.wakeRoomWaiters();
  }

  private wakeRoomWaiters(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }

  private changed(): void {
    const state = this.state;
    const ended = state === 'done' || state === 'failed' || state === 'cancelled';
    if (ended) this.endedAt ??= this.options.now();
    else this.endedAt = undefined;
    // A failed or cancelled transfer frees no more room: chunk answers waiting for it go now.
    if (state !== 'running' && state !== 'queued') this.wakeRoomWaiters();
    this.options.changed();
  }

  private file(index: number): FileUpload {
    const file = this.files[index];
    if (!file) throw invalid(`This upload has ${this.files.length} files; there is no file ${index}.`, 'fileIndex');
    return file;
  }

  private refuseUnlessOpen(): void {
    const state = this.state;
    if (state === 'cancelled') throw cancelled();
    if (state === 'failed') throw transferFailed(this.files.find((file) => file.failed)?.failure ?? 'a part could not be sent.');
  }

  /**
   * Keeps the chunk, then answers once the bytes held are under the limit (parts were acknowledged)
   * or the upload stopped. A refused chunk was not kept.
   */
  async acceptChunk(fileIndex: number, offset: number, bytes: Buffer): Promise<{ bytesAccepted: number }> {
    const file = this.file(fileIndex);
    this.refuseUnlessOpen();
    file.append(offset, bytes);
    while (this.held > this.heldLimit && (this.state === 'running' || this.state === 'queued')) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    return { bytesAccepted: bytes.length };
  }

  finishFile(fileIndex: number): Promise<{ key: string; checksumVerified: boolean }> {
    const file = this.file(fileIndex);
    if (this.isCancelled) return Promise.reject(cancelled());
    return file.finish();
  }

  retry(): void {
    if (this.state !== 'failed') return;
    for (const file of this.files) file.retry();
  }

  async cancel(): Promise<void> {
    if (this.isCancelled || this.state === 'done') return;
    this.isCancelled = true;
    this.controller.abort(cancelled());
    this.changed();
    await Promise.all(this.files.map((file) => file.cancel()));
    this.changed();
  }

  summary(): TransferSummary {
    const files = this.files.map((file) => file.view());
    const bytesTotal = files.reduce((sum, file) => sum + file.bytesTotal, 0);
    const bytesDone = files.reduce((sum, file) => sum + file.bytesDone, 0);
    const state = this.state;
    const speed = progressFigures(this.meter, { bytesTotal, bytesDone, startedAt: this.startedAt, endedAt: this.endedAt });
    const failure = files.find((file) => file.state === 'failed' || (state === 'cancelled' && file.error));
    return {
      id: this.id,
      kind: 'upload',
      profile: this.options.profile,
      region: this.options.region,
      bucket: this.options.bucket,
      target: this.options.prefix,
      state,
      bytesTotal,
      bytesDone,
      ...speed,
      files,
      partRetries: this.retries,
      startedAt: new Date(this.startedAt).toISOString(),
      ...(this.endedAt !== undefined ? { endedAt: new Date(this.endedAt).toISOString() } : {}),
      ...(failure?.error ? { error: `${failure.key}: ${failure.error}` } : {}),
    };
  }
}
