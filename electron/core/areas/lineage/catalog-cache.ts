interface Entry {
  generation: number;
  answer: Promise<unknown>;
  readAtMs?: number;
}

/**
 * Catalog reads (the most recent jobs, models, configs… with their descriptions) kept `ttlMs` per
 * session generation and shared while in flight: opening the lineage of three nodes in a row costs
 * one read of each catalog. A failed read is forgotten so the next request asks again; a session
 * switch drops everything the old one read.
 */
export class CatalogCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  read<T>(generation: number, name: string, load: () => Promise<T>): Promise<T> {
    for (const [key, entry] of this.entries) if (entry.generation !== generation) this.entries.delete(key);
    const kept = this.entries.get(name);
    if (kept && (kept.readAtMs === undefined || this.now() - kept.readAtMs < this.ttlMs)) return kept.answer as Promise<T>;
    const entry: Entry = { generation, answer: Promise.resolve() };
    entry.answer = load().then(
      (value) => {
        entry.readAtMs = this.now();
        return value;
      },
      (error: unknown) => {
        if (this.entries.get(name) === entry) this.entries.delete(name);
        throw error;
      },
    );
    this.entries.set(name, entry);
    return entry.answer as Promise<T>;
  }
}
