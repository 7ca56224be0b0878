/**
 * Every channel name between renderer and host, without schemas, so the sandboxed preload can
 * allow-list them without bundling zod. `contract.ts` proves at compile time that these lists and
 * the contract's keys are the same sets.
 */
export const REQUEST_CHANNELS = [
  'app.info',
  'profiles.list',
  'session.current',
  'session.select',
  'session.identity',
  'settings.get',
  'settings.update',
  'settings.reset',
  'journal.list',
  'profiles.setProduction',
  'profiles.addManaged',
  'profiles.removeManaged',
  'keychain.status',
  'prompts.answer',
  'prompts.cancel',
  'sso.signIn',
  'sso.openVerification',
  'sso.signOut',
] as const;

export const STREAM_CHANNELS = ['session.changes', 'journal.changes', 'prompts.watch', 'sso.events'] as const;

export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export type StreamChannel = (typeof STREAM_CHANNELS)[number];

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && (REQUEST_CHANNELS as readonly string[]).includes(value);
}

export function isStreamChannel(value: unknown): value is StreamChannel {
  return typeof value === 'string' && (STREAM_CHANNELS as readonly string[]).includes(value);
}
