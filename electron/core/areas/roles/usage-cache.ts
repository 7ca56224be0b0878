import { SingleFlight } from '../../watch/single-flight';
import type { WriteEpoch } from '../../watch/write-epoch';
import type { PipelineUsage } from './role-facts';

/** Reading the pipeline's resources costs a few hundred calls: answers are kept this long per session and write. */
export const USAGE_TTL_MS = 60_000;

/**
 * The pipeline's usage per (session generation, write epoch), kept a minute, one read in flight:
 * the list, a role page and a suggestion opened one after another read the resources once, and a
 * write (an applied suggestion, a new job) makes the next read fresh.
 */
export class UsageCache {
  private kept: { key: string; at: number; usage: PipelineUsage } | undefined;
  private readonly flights: SingleFlight<PipelineUsage>;

  constructor(
    private readonly writes: WriteEpoch | undefined,
    private readonly now: () => number,
  ) {
    this.flights = new SingleFlight<PipelineUsage>(writes);
  }

  async get(generation: number, read: () => Promise<PipelineUsage>): Promise<PipelineUsage> {
    const key = `${generation}|${this.writes?.current() ?? 0}`;
    if (this.kept && this.kept.key === key && this.now() - this.kept.at < USAGE_TTL_MS) return this.kept.usage;
    const usage = await this.flights.run(String(generation), read);
    this.kept = { key, at: this.now(), usage };
    return usage;
  }
}
