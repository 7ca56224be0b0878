import type { TailTarget } from '../../../../../shared/domain/logs';
import type { SageDeckClient } from '../../../bridge/typed-client';
import { targetKey } from '../logs-routes';
import { TailSession } from './tail-session';

/**
 * The open tails, in tab order. They live outside React so leaving the Logs area and coming back
 * (or switching tabs) keeps every tail's lines and subscription; closing a tab ends its tail.
 */
export class TailTabs {
  private sessions: TailSession[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: SageDeckClient) {}

  get tabs(): readonly TailSession[] {
    return this.sessions;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getTabs = (): readonly TailSession[] => this.sessions;

  find(key: string): TailSession | undefined {
    return this.sessions.find((session) => session.key === key);
  }

  /** The target's tab, opened (and its tail started) when it is not open yet. */
  open(target: TailTarget): TailSession {
    const key = targetKey(target);
    const open = this.find(key);
    if (open) return open;
    const session = new TailSession(this.client, key, target);
    this.sessions = [...this.sessions, session];
    session.start();
    this.changed();
    return session;
  }

  /** Ends the tail and drops its lines; returns the tab to show instead (its right, else left, neighbour). */
  close(key: string): TailSession | undefined {
    const index = this.sessions.findIndex((session) => session.key === key);
    if (index === -1) return undefined;
    this.sessions[index]!.close();
    this.sessions = this.sessions.filter((session) => session.key !== key);
    this.changed();
    return this.sessions[index] ?? this.sessions[index - 1];
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

// One set of tabs per client: the app has one; each test's fresh app gets its own.
const byClient = new WeakMap<SageDeckClient, TailTabs>();

export function tailTabsFor(client: SageDeckClient): TailTabs {
  let tabs = byClient.get(client);
  if (!tabs) {
    tabs = new TailTabs(client);
    byClient.set(client, tabs);
  }
  return tabs;
}
