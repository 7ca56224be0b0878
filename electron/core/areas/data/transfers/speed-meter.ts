/** Speed over the last few seconds, so a stall shows within seconds and one fast part does not dominate. */
const WINDOW_MS = 5_000;

/**
 * Bytes done arrive in steps (a part at a time), so the speed is measured between steps: from the
 * last step before the window to the latest one. Asked between two steps it does not sag; once no
 * step came for a whole window it falls towards zero, so a stalled upload says so.
 */
export class SpeedMeter {
  private readonly samples: { at: number; bytes: number }[] = [];

  constructor(private readonly now: () => number) {}

  /** Records the running total of bytes done. */
  record(totalBytes: number): void {
    const at = this.now();
    const last = this.samples[this.samples.length - 1];
    if (last && last.bytes === totalBytes) return;
    this.samples.push({ at, bytes: totalBytes });
    // Keep one step from before the window as its start.
    while (this.samples.length > 2 && (this.samples[1] as { at: number }).at <= at - WINDOW_MS) this.samples.shift();
  }

  /** Bytes per second across the window; 0 until two steps are apart in time. */
  bytesPerSecond(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.at <= first.at) return 0;
    const now = this.now();
    const span = now - last.at > WINDOW_MS ? now - first.at : last.at - first.at;
    return ((last.bytes - first.bytes) * 1000) / span;
  }
}

/**
 * Speed and time left for a summary: a running transfer shows the speed of the last seconds, a
 * finished one its average over its whole run.
 */
export function progressFigures(
  meter: SpeedMeter,
  figures: { bytesTotal: number; bytesDone: number; startedAt: number; endedAt: number | undefined },
): { bytesPerSecond: number; secondsLeft?: number } {
  meter.record(figures.bytesDone);
  if (figures.endedAt !== undefined) {
    const elapsedMs = figures.endedAt - figures.startedAt;
    return { bytesPerSecond: elapsedMs > 0 ? (figures.bytesDone * 1000) / elapsedMs : 0 };
  }
  const bytesPerSecond = meter.bytesPerSecond();
  return bytesPerSecond > 0 ? { bytesPerSecond, secondsLeft: Math.ceil((figures.bytesTotal - figures.bytesDone) / bytesPerSecond) } : { bytesPerSecond };
}
