import { z } from 'zod';
import type { SsoAuthorization, SsoEvent } from '../domain/credentials';
import { profileNameSchema } from '../validation/aws';
import type { SSO_REQUESTS, SSO_STREAMS } from './sso.channels';
import { request, returns, stream, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

const profileInput = z.object({ profile: profileNameSchema }).strict();

export const ssoRequests = {
  'sso.signIn': request({ input: profileInput, output: returns<SsoAuthorization>() }),
  'sso.openVerification': request({ input: profileInput, output: returns<{ opened: boolean; url: string }>() }),
  'sso.signOut': request({
    input: profileInput,
    output: returns<{ signedOut: true }>(),
    mutation: { action: 'Sign out of IAM Identity Center', target: (input) => input.profile, destructive: false },
  }),
} satisfies Record<(typeof SSO_REQUESTS)[number], AnyRequestSpec>;

export const ssoStreams = {
  'sso.watch': stream({ input: z.object({ profile: profileNameSchema.optional() }).strict(), event: returns<SsoEvent>() }),
} satisfies Record<(typeof SSO_STREAMS)[number], AnyStreamSpec>;

export const ssoChannelsMatch: [
  SameKeys<keyof typeof ssoRequests, (typeof SSO_REQUESTS)[number]>,
  SameKeys<keyof typeof ssoStreams, (typeof SSO_STREAMS)[number]>,
] = [true, true];
