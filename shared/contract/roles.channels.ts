export const ROLES_REQUESTS = ['roles.list', 'roles.describe', 'roles.simulate', 'roles.suggest', 'roles.applySuggestion'] as const;
export const ROLES_STREAMS = [] as const;
