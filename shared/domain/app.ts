export type HostKind = 'electron' | 'web' | 'cli';

export interface AppInfo {
  version: string;
  host: HostKind;
  platform: string;
}

/** What the console costs in API calls, for the diagnostics view, the CLI and the watcher budget tests. */
export interface Diagnostics {
  /** Requests sent per `service:Operation` since the app started (retries included). */
  requests: Record<string, number>;
  /** Watchers polling now: what they watch, how many views share each, and their current interval. */
  watchers: { key: string; subscribers: number; intervalMs: number; polls: number }[];
}
