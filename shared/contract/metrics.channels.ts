export const METRICS_REQUESTS = ['metrics.endpoint', 'metrics.alarm'] as const;
export const METRICS_STREAMS = [] as const;
