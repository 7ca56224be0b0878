export const BACKUPS_REQUESTS = [] as const;
export const BACKUPS_STREAMS = [] as const;
