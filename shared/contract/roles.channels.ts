export const ROLES_REQUESTS = [] as const;
export const ROLES_STREAMS = [] as const;
