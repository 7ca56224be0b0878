import type { HostKind } from '../../shared/domain/app';
import type { Dispatcher } from './rpc/dispatcher';

export interface CoreOptions {
  /** Per-user app data dir: settings.json, journal.jsonl, sandbox state. */
  dataDir: string;
  host: HostKind;
  /** Environment to read AWS_* variables from (tests pass their own). */
  env?: NodeJS.ProcessEnv;
}

export interface Core {
  dispatcher: Dispatcher;
  /** Stops streams, watchers and the embedded sandbox. */
  close(): Promise<void>;
}

export { createCore } from './create-core';
