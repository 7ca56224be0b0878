import type { HostKind } from '../../shared/domain/app';
import type { MfaCodeReader } from './credentials/prompt-broker';
import type { SecretStore } from './keychain/secret-store';
import type { Dispatcher } from './rpc/dispatcher';
import type { SsoClock } from './sso/clock';
import type { UpdateCheckerOptions } from './updates/update-checker';
import type { WatcherRegistryOptions } from './watch/watcher-registry';

export interface CoreOptions {
  /** Per-user app data dir: settings.json, journal.jsonl, sandbox state. */
  dataDir: string;
  host: HostKind;
  /** Environment to read AWS_* variables from (tests pass their own). */
  env?: NodeJS.ProcessEnv;
  /** Where app-managed keys live: the OS keychain (keytar) unless a test passes its own store. */
  secretStore?: SecretStore;
  /** Clock for credential expiry decisions (tests pass the sandbox's manual clock). */
  now?: () => number;
  /** Hosts without a renderer (the CLI) answer MFA prompts here instead of prompts.watch. */
  mfaCodeReader?: MfaCodeReader;
  /** How long an MFA prompt waits for an answer; 5 minutes by default. */
  promptTimeoutMs?: number;
  /**
   * Opens a URL in the system browser (Electron: security.ts openVettedSignInUrl; web host: the OS opener;
   * CLI: prints it). Only ever given the allow-listed SSO verification URL; false when not opened.
   */
  openInBrowser?: (url: string) => Promise<boolean>;
  /** Time and timers of SSO sign-in polling and token expiry (tests pass the sandbox's manual clock). */
  ssoClock?: SsoClock;
  /** Polling intervals and timers of the resource watchers (tests drive them from the sandbox clock). */
  watch?: WatcherRegistryOptions;
  /** The update check's feed, clock and log (tests pass a local feed; by default the build's feed). */
  updates?: Partial<Omit<UpdateCheckerOptions, 'dataDir'>>;
}

export interface Core {
  dispatcher: Dispatcher;
  /** Stops streams, watchers, every area and the embedded sandbox, in reverse order of creation. */
  close(): Promise<void>;
}

export { createCore } from './create-core';
