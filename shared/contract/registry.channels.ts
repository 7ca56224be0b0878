export const REGISTRY_REQUESTS = [
  'registry.groups',
  'registry.versions',
  'registry.describe',
  'registry.history',
  'registry.approve',
  'registry.reject',
  'registry.register',
] as const;
export const REGISTRY_STREAMS = [] as const;
