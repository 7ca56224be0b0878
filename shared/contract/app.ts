import type { AppInfo, Diagnostics } from '../domain/app';
import type { APP_REQUESTS, APP_STREAMS } from './app.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const appRequests = {
  'app.info': request({ input: empty, output: returns<AppInfo>() }),
  /** What the console has cost in AWS calls this run, per operation, and the watchers polling now. */
  'app.diagnostics': request({ input: empty, output: returns<Diagnostics>() }),
} satisfies Record<(typeof APP_REQUESTS)[number], AnyRequestSpec>;

export const appStreams = {} satisfies Record<(typeof APP_STREAMS)[number], AnyStreamSpec>;

export const appChannelsMatch: SameKeys<keyof typeof appRequests, (typeof APP_REQUESTS)[number]> = true;
