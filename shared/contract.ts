import { z } from 'zod';
import type { RequestChannel, StreamChannel } from './channels';
import type { AppInfo } from './domain/app';
import type { KeychainStatus, PromptEvent, SsoAuthorization, SsoEvent } from './domain/credentials';
import type { JournalEntry } from './domain/journal';
import type { ProfileSummary } from './domain/profiles';
import type { SessionIdentity, SessionInfo } from './domain/session';
import type { Settings } from './domain/settings';
import { accessKeyIdSchema, mfaCodeSchema, profileNameSchema, regionSchema, secretAccessKeySchema } from './validation/aws';

/**
 * The single list of every request and stream between renderer and host. Hosts validate each
 * input with its schema before anything runs; the renderer's typed client is derived from it.
 */

/** Carries a TypeScript type without a runtime value: the output of a request or event of a stream. */
export type Returns<T> = { readonly __returns?: T };
const returns = <T>(): Returns<T> => ({});

export interface MutationSpec<I> {
  /** Human words for the journal and the confirmation dialog: "Reset settings". */
  action: string;
  /** The resource acted on, shown in the dialog and typed on production profiles. */
  target: (input: I) => string;
  /** Destructive actions need an explicit confirmation before the host runs them. */
  destructive: boolean;
}

export interface RequestSpec<S extends z.ZodType, O> {
  input: S;
  output: Returns<O>;
  mutation?: MutationSpec<z.infer<S>>;
}

export interface StreamSpec<S extends z.ZodType, E> {
  input: S;
  event: Returns<E>;
}

const request = <S extends z.ZodType, O>(spec: RequestSpec<S, O>) => spec;
const stream = <S extends z.ZodType, E>(spec: StreamSpec<S, E>) => spec;
const empty = z.object({}).strict();

const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']).optional(),
    productionProfiles: z.array(profileNameSchema).max(500).optional(),
  })
  .strict();

export const requests = {
  'app.info': request({ input: empty, output: returns<AppInfo>() }),
  'profiles.list': request({ input: empty, output: returns<ProfileSummary[]>() }),
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
  'settings.get': request({ input: empty, output: returns<Settings>() }),
  'settings.update': request({
    input: settingsPatch,
    output: returns<Settings>(),
    mutation: { action: 'Update settings', target: () => 'settings', destructive: false },
  }),
  'settings.reset': request({
    input: empty,
    output: returns<Settings>(),
    mutation: { action: 'Reset all settings', target: () => 'settings', destructive: true },
  }),
  'journal.list': request({
    input: z
      .object({
        limit: z.number().int().min(1).max(1000).default(200),
        channel: z.string().max(100).optional(),
      })
      .strict(),
    output: returns<JournalEntry[]>(),
  }),
  'profiles.setProduction': request({
    input: z.object({ name: profileNameSchema, production: z.boolean() }).strict(),
    output: returns<ProfileSummary>(),
    mutation: {
      action: 'Change production marking',
      target: (input) => input.name,
      destructive: false,
    },
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
  'prompts.answer': request({
    input: z.object({ id: z.string().min(1).max(100), code: mfaCodeSchema }).strict(),
    output: returns<{ accepted: true }>(),
  }),
  'prompts.cancel': request({
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: returns<{ cancelled: true }>(),
  }),
  'sso.signIn': request({
    input: z.object({ profile: profileNameSchema }).strict(),
    output: returns<SsoAuthorization>(),
  }),
  'sso.openVerification': request({
    input: z.object({ profile: profileNameSchema }).strict(),
    output: returns<{ opened: boolean; url: string }>(),
  }),
  'sso.signOut': request({
    input: z.object({ profile: profileNameSchema }).strict(),
    output: returns<{ signedOut: true }>(),
    mutation: { action: 'Sign out of IAM Identity Center', target: (input) => input.profile, destructive: false },
  }),
} satisfies Record<RequestChannel, RequestSpec<z.ZodType, unknown>>;

export const streams = {
  'session.changes': stream({ input: empty, event: returns<SessionInfo>() }),
  'journal.changes': stream({ input: empty, event: returns<JournalEntry>() }),
  /** Open prompts are sent first, then new ones and closings as they happen. */
  'prompts.watch': stream({ input: empty, event: returns<PromptEvent>() }),
  'sso.events': stream({ input: z.object({ profile: profileNameSchema.optional() }).strict(), event: returns<SsoEvent>() }),
} satisfies Record<StreamChannel, StreamSpec<z.ZodType, unknown>>;

// Both directions of the "same set" proof: a channel missing from either side fails the typecheck.
type Requests = typeof requests;
type Streams = typeof streams;
type AssertSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const channelListsMatch: [AssertSame<keyof Requests, RequestChannel>, AssertSame<keyof Streams, StreamChannel>] = [
  true,
  true,
];

export type RequestInput<C extends RequestChannel> = z.input<Requests[C]['input']>;
export type ParsedInput<C extends RequestChannel> = z.output<Requests[C]['input']>;
export type RequestOutput<C extends RequestChannel> = NonNullable<Requests[C]['output']['__returns']>;
export type StreamInput<C extends StreamChannel> = z.input<Streams[C]['input']>;
export type ParsedStreamInput<C extends StreamChannel> = z.output<Streams[C]['input']>;
export type StreamEvent<C extends StreamChannel> = NonNullable<Streams[C]['event']['__returns']>;

/** Extra, non-AWS facts a request can carry: the user's answer to a confirmation challenge. */
export interface RequestMeta {
  confirmed?: boolean;
  typedConfirmation?: string;
}

export function mutationOf(channel: RequestChannel): MutationSpec<unknown> | undefined {
  const spec = requests[channel] as RequestSpec<z.ZodType, unknown>;
  return spec.mutation as MutationSpec<unknown> | undefined;
}
