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

/** The exported diagnostics file: its suggested name and its text (JSON). */
export interface DiagnosticsFile {
  fileName: string;
  content: string;
}

/** 'unasked' until the user answers the one-time notice; nothing is fetched unless 'granted'. */
export type UpdateConsent = 'unasked' | 'granted' | 'declined';

export interface UpdateStatus {
  current: string;
  consent: UpdateConsent;
  /** False in builds without a release feed: the notice is never shown. */
  feedConfigured: boolean;
  /** ISO time of the last attempt to read the feed, successful or not. */
  lastCheck?: string;
  /** Set when the feed names a version newer than `current`. */
  available?: { version: string; url: string };
}
