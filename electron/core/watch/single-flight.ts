import type { WriteEpoch } from './write-epoch';

/**
 * Shares one call between callers that ask the same question while it is in flight: a list view
 * opening asks for its first page and starts a watcher whose first poll is that same page, and AWS
 * should be asked once, not twice. Nothing is kept once the answer arrives, so every later poll
 * and every later list request asks afresh. A caller arriving after a write finished never joins a
 * call that began before it (the board refreshing after a delete must not get the pre-delete list).
 */
export class SingleFlight<T> {
  private readonly inFlight = new Map<string, Promise<T>>();

  constructor(private readonly writes?: WriteEpoch) {}

  run(question: string, ask: () => Promise<T>): Promise<T> {
    const key = this.writes ? `${this.writes.current()}|${question}` : question;
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const answer = ask().finally(() => {
      if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
    });
    this.inFlight.set(key, answer);
    return answer;
  }
}
