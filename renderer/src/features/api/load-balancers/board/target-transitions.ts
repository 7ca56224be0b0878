import type { TargetHealthRow, TargetHealthState } from '../../../../../../shared/domain/load-balancers';

export interface TargetTransition {
  key: string;
  id: string;
  port?: number | undefined;
  /** `undefined`: the target was not there before (registered since the board opened). */
  from: TargetHealthState | undefined;
  /** `undefined`: it is gone (deregistered and drained). */
  to: TargetHealthState | undefined;
  reason?: string | undefined;
  description?: string | undefined;
  at: number;
}

/**
 * What changed since the last look, row by row. The caller never passes the first look (the first
 * list, a new session): what the board shows when it opens is not news.
 */
export function targetTransitions(previous: ReadonlyMap<string, TargetHealthRow>, rows: readonly TargetHealthRow[], at: number): TargetTransition[] {
  const news: TargetTransition[] = [];
  for (const row of rows) {
    const before = previous.get(row.key)?.state;
    if (before === row.state) continue;
    news.push({ key: row.key, id: row.id, port: row.port, from: before, to: row.state, reason: row.reason, description: row.description, at });
  }
  const present = new Set(rows.map((row) => row.key));
  for (const [key, before] of previous) {
    if (!present.has(key)) news.push({ key, id: before.id, port: before.port, from: before.state, to: undefined, at });
  }
  return news;
}

/** A desktop notification is for a target that was serving (or about to) and now fails its checks. */
export function turnedUnhealthy(transition: TargetTransition): boolean {
  return transition.to === 'unhealthy' && (transition.from === 'healthy' || transition.from === 'initial');
}

export function transitionWords(transition: TargetTransition): string {
  const from = transition.from ?? 'not registered';
  const to = transition.to ?? 'gone';
  return `${from} → ${to}`;
}
