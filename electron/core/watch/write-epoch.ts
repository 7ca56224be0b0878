/**
 * Counts finished writes (every mutation, successful or not, passes the gate once). A shared read
 * that began before a write finished may carry what the write changed, so callers arriving after
 * it must not join that read: SingleFlight keys its flights by this count.
 */
export class WriteEpoch {
  private count = 0;

  current(): number {
    return this.count;
  }

  advance(): void {
    this.count += 1;
  }
}
