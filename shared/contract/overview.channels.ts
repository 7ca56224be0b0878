export const OVERVIEW_REQUESTS = ['overview.pipeline'] as const;
export const OVERVIEW_STREAMS = [] as const;
