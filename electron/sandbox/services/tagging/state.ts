import type { Where } from '../../types';

/**
 * GetResources answers "tagged or previously tagged" resources (API reference); the services keep
 * only current tags, so the Tagging API remembers the ARNs whose tags it removed.
 */
export class UntaggedMemory {
  private byRegion: Record<string, string[]> = {};

  private key(where: Where): string {
    return `${where.accountId}/${where.region}`;
  }

  has(where: Where, arn: string): boolean {
    return this.byRegion[this.key(where)]?.includes(arn) ?? false;
  }

  remember(where: Where, arn: string): void {
    const list = (this.byRegion[this.key(where)] ??= []);
    if (!list.includes(arn)) list.push(arn);
  }

  snapshot(): unknown {
    return { version: 1, byRegion: this.byRegion };
  }

  restore(state: unknown): void {
    const body = state as { version?: number; byRegion?: Record<string, string[]> } | undefined;
    this.byRegion = body?.version === 1 && body.byRegion ? body.byRegion : {};
  }

  reset(): void {
    this.byRegion = {};
  }
}
