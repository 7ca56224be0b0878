export const PROFILES_REQUESTS = [
  'profiles.list',
  'profiles.setProduction',
  'profiles.addManaged',
  'profiles.removeManaged',
  'keychain.status',
] as const;
export const PROFILES_STREAMS = [] as const;
