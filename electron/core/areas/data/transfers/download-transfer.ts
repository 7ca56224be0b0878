import { randomUUID } from 'node:crypto';
import type { TransferState, TransferSummary } from '../../../../../shared/domain/data';
import { progressFigures, SpeedMeter } from './speed-meter';

/** A download as the transfers panel shows it, updated by the stream that moves its bytes. */
export class DownloadTransfer {
  readonly id = randomUUID();
  state: TransferState = 'queued';
  bytesTotal = 0;
  bytesDone = 0;
  checksumVerified: boolean | undefined;
  error: string | undefined;
  private readonly meter: SpeedMeter;
  private readonly startedAt: number;
  private endedAt: number | undefined;

  constructor(
    private readonly origin: { profile: string; region: string; bucket: string; key: string },
    private readonly now: () => number,
  ) {
    this.meter = new SpeedMeter(now);
    this.startedAt = now();
  }

  get finished(): boolean {
    return this.state !== 'queued' && this.state !== 'running';
  }

  end(state: 'done' | 'failed' | 'cancelled', error?: string): void {
    this.state = state;
    this.endedAt = this.now();
    if (error) this.error = error;
  }

  summary(): TransferSummary {
    const speed = progressFigures(this.meter, {
      bytesTotal: this.bytesTotal,
      bytesDone: this.bytesDone,
      startedAt: this.startedAt,
      endedAt: this.endedAt,
    });
    const { bucket, key, profile, region } = this.origin;
    return {
      id: this.id,
      kind: 'download',
      profile,
      region,
      bucket,
      target: key,
      state: this.state,
      bytesTotal: this.bytesTotal,
      bytesDone: this.bytesDone,
      ...speed,
      files: [
        {
          key,
          bytesTotal: this.bytesTotal,
          bytesDone: this.bytesDone,
          state: this.state,
          ...(this.checksumVerified !== undefined ? { checksumVerified: this.checksumVerified } : {}),
          ...(this.error ? { error: this.error } : {}),
        },
      ],
      partRetries: 0,
      startedAt: new Date(this.startedAt).toISOString(),
      ...(this.endedAt !== undefined ? { endedAt: new Date(this.endedAt).toISOString() } : {}),
      ...(this.error ? { error: this.error } : {}),
    };
  }
}
