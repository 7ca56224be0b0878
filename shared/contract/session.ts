import { z } from 'zod';
import type { SessionIdentity, SessionInfo } from '../domain/session';
import { profileNameSchema, regionSchema } from '../validation/aws';
import type { SESSION_REQUESTS, SESSION_STREAMS } from './session.channels';
import { empty, request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const sessionRequests = {
  'session.current': request({ input: empty, output: returns<SessionInfo>() }),
  'session.select': request({
    input: z.object({ profile: profileNameSchema, region: regionSchema.optional() }).strict(),
    output: returns<SessionInfo>(),
    mutation: {
      action: 'Switch session',
      target: (input) => `${input.profile}${input.region ? `@${input.region}` : ''}`,
      destructive: false,
    },
  }),
  'session.identity': request({ input: empty, output: returns<SessionIdentity>() }),
} satisfies Record<(typeof SESSION_REQUESTS)[number], AnyRequestSpec>;

export const sessionStreams = {
  'session.watch': stream({ input: empty, event: returns<SessionInfo>() }),
} satisfies Record<(typeof SESSION_STREAMS)[number], AnyStreamSpec>;

export const sessionChannelsMatch: [
  SameKeys<keyof typeof sessionRequests, (typeof SESSION_REQUESTS)[number]>,
  SameKeys<keyof typeof sessionStreams, (typeof SESSION_STREAMS)[number]>,
] = [true, true];
