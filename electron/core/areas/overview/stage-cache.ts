import type { StageResult } from '../../../../shared/domain/overview';

export interface StageRead<T> {
  result: StageResult<T>;
  readAtMs: number;
}

interface Entry {
  generation: number;
  answer: Promise<StageRead<unknown>>;
  /** Set once the read settled: a stage read well is kept for the window, a failed one is not. */
  settled?: { ok: boolean; readAtMs: number };
}

/**
 * Each stage's last read for the current session, kept `ttlMs` and shared while in flight: the
 * Overview refreshing every half minute, opened in two windows, or opened right after the shell
 * asked, costs one set of AWS calls per window. A failed stage is not kept, so a retry asks AWS
 * again for that stage alone while the others still come from the window. A session switch (new
 * generation) drops everything the old one read.
 */
export class StageCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  read<T>(generation: number, stage: string, load: () => Promise<StageResult<T>>): Promise<StageRead<T>> {
    for (const [key, entry] of this.entries) if (entry.generation !== generation) this.entries.delete(key);
    const kept = this.entries.get(stage);
    if (kept && (!kept.settled || (kept.settled.ok && this.now() - kept.settled.readAtMs < this.ttlMs))) return kept.answer as Promise<StageRead<T>>;
    const answer = load().then((result) => {
      const readAtMs = this.now();
      entry.settled = { ok: result.ok, readAtMs };
      return { result, readAtMs };
    });
    const entry: Entry = { generation, answer };
    this.entries.set(stage, entry);
    return answer;
  }
}
