/** Events per second over the last few seconds, from per-second buckets: O(1) per batch. */
export class RateMeter {
  private readonly buckets: number[];
  private bucketSecond = 0;

  constructor(
    private readonly windowSeconds = 5,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.buckets = new Array<number>(windowSeconds).fill(0);
  }

  add(count: number): void {
    this.roll();
    this.buckets[this.bucketSecond % this.windowSeconds]! += count;
  }

  /** Average over the last full seconds (the current, partial second left out). */
  perSecond(): number {
    this.roll();
    let total = 0;
    for (let back = 1; back < this.windowSeconds; back++) total += this.buckets[(this.bucketSecond - back) % this.windowSeconds]!;
    return total / (this.windowSeconds - 1);
  }

  reset(): void {
    this.buckets.fill(0);
  }

  private roll(): void {
    const second = Math.floor(this.now() / 1000);
    if (this.bucketSecond === 0) this.bucketSecond = second;
    // Clear the buckets of the seconds that passed without a batch.
    for (let step = 0; this.bucketSecond < second && step < this.windowSeconds; step++) {
      this.bucketSecond++;
      this.buckets[this.bucketSecond % this.windowSeconds] = 0;
    }
    if (this.bucketSecond < second) this.bucketSecond = second;
  }
}
