import { z } from 'zod';
import type { AppInfo, Diagnostics, DiagnosticsFile, UpdateStatus } from '../domain/app';
import type { APP_REQUESTS, APP_STREAMS } from './app.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const appRequests = {
  'app.info': request({ input: empty, output: returns<AppInfo>() }),
  /** What the console has cost in AWS calls this run, per operation, and the watchers polling now. */
  'app.diagnostics': request({ input: empty, output: returns<Diagnostics>() }),
  /** The one diagnostics file (versions, settings without secrets, journal tail, counters, errors); the host saves it. */
  'app.exportDiagnostics': request({ input: empty, output: returns<DiagnosticsFile>() }),
  /** Whether a newer release exists; checks the build's release feed at most once a day, only with consent. */
  'app.updateStatus': request({ input: empty, output: returns<UpdateStatus>() }),
  'app.setUpdateConsent': request({
    input: z.object({ consent: z.boolean() }).strict(),
    output: returns<UpdateStatus>(),
    mutation: { action: 'Set update check consent', target: () => 'updates', destructive: false },
  }),
} satisfies Record<(typeof APP_REQUESTS)[number], AnyRequestSpec>;

export const appStreams = {} satisfies Record<(typeof APP_STREAMS)[number], AnyStreamSpec>;

export const appChannelsMatch: SameKeys<keyof typeof appRequests, (typeof APP_REQUESTS)[number]> = true;
