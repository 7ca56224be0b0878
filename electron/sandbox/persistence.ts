import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PersistedPart {
  /** File name stem under the data dir. */
  key: string;
  snapshot(): unknown;
  restore(state: unknown): void;
}

const SAVE_DEBOUNCE_MS = 300;

/**
 * Keeps each part's snapshot as `<dataDir>/<key>.json`, written atomically (temp file + rename) so
 * a crash never leaves half a file; files are 0600 in a 0700 directory. Saves are debounced after mutations, repeated periodically
 * (time-driven transitions change state without requests) and made once more on close.
 */
export class StatePersistence {
  private readonly lastWritten = new Map<string, string>();
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private periodic: ReturnType<typeof setInterval> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private tempSeq = 0;

  constructor(
    private readonly dir: string,
    private readonly parts: PersistedPart[],
  ) {
    // State holds issued credentials (secret keys, session tokens): owner-only, like ~/.aws.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }

  private file(part: PersistedPart): string {
    return join(this.dir, `${part.key}.json`);
  }

  hasState(): boolean {
    return this.parts.some((part) => existsSync(this.file(part)));
  }

  /** Synchronous on purpose: runs once at start, before the port opens. */
  restoreAll(): void {
    for (const part of this.parts) {
      const file = this.file(part);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      part.restore(JSON.parse(text));
      this.lastWritten.set(part.key, text);
    }
  }

  markDirty(): void {
    if (this.debounce !== undefined) return;
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.save();
    }, SAVE_DEBOUNCE_MS);
    this.debounce.unref?.();
  }

  startPeriodic(intervalMs: number): void {
    this.periodic = setInterval(() => void this.save(), intervalMs);
    this.periodic.unref?.();
  }

  /** Writes every part whose snapshot changed since the last write; saves never overlap. */
  save(): Promise<void> {
    this.chain = this.chain
      .then(() => this.writeChanged())
      .catch((error: unknown) => console.error('[sandbox] saving state failed:', error));
    return this.chain;
  }

  private async writeChanged(): Promise<void> {
    for (const part of this.parts) {
      const text = JSON.stringify(part.snapshot() ?? null);
      if (this.lastWritten.get(part.key) === text) continue;
      const target = this.file(part);
      const temp = `${target}.${process.pid}.${this.tempSeq++}.tmp`;
      await writeFile(temp, text, { encoding: 'utf8', mode: 0o600 });
      await rename(temp, target);
      this.lastWritten.set(part.key, text);
    }
  }

  async close(): Promise<void> {
    if (this.debounce !== undefined) clearTimeout(this.debounce);
    if (this.periodic !== undefined) clearInterval(this.periodic);
    this.debounce = undefined;
    this.periodic = undefined;
    await this.save();
  }
}
