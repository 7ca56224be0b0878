export const COST_REQUESTS = [] as const;
export const COST_STREAMS = [] as const;
