import { z } from 'zod';
import type { KeychainStatus } from '../domain/credentials';
import type { ProfileSummary } from '../domain/profiles';
import { accessKeyIdSchema, profileNameSchema, regionSchema, secretAccessKeySchema } from '../validation/aws';
import type { PROFILES_REQUESTS, PROFILES_STREAMS } from './profiles.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

export const profilesRequests = {
  'profiles.list': request({ input: empty, output: returns<ProfileSummary[]>() }),
  'profiles.setProduction': request({
    input: z.object({ name: profileNameSchema, production: z.boolean() }).strict(),
    output: returns<ProfileSummary>(),
    mutation: { action: 'Change production marking', target: (input) => input.name, destructive: false },
  }),
  'profiles.addManaged': request({
    input: z
      .object({
        name: profileNameSchema,
        region: regionSchema.optional(),
        accessKeyId: accessKeyIdSchema,
        secretAccessKey: secretAccessKeySchema,
        endpointUrl: z.url({ protocol: /^https?$/, message: 'Enter an http(s) URL such as http://127.0.0.1:4566.' }).optional(),
      })
      .strict(),
    output: returns<ProfileSummary>(),
    mutation: { action: 'Add app-managed profile', target: (input) => input.name, destructive: false },
  }),
  'profiles.removeManaged': request({
    input: z.object({ name: profileNameSchema }).strict(),
    output: returns<{ removed: true }>(),
    mutation: { action: 'Remove app-managed profile and its keychain item', target: (input) => input.name, destructive: true },
  }),
  'keychain.status': request({ input: empty, output: returns<KeychainStatus>() }),
} satisfies Record<(typeof PROFILES_REQUESTS)[number], AnyRequestSpec>;

export const profilesStreams = {} satisfies Record<(typeof PROFILES_STREAMS)[number], AnyStreamSpec>;

export const profilesChannelsMatch: SameKeys<keyof typeof profilesRequests, (typeof PROFILES_REQUESTS)[number]> = true;
