export const METRICS_REQUESTS = ['metrics.endpoint', 'metrics.alarm', 'metrics.api', 'metrics.loadBalancer'] as const;
export const METRICS_STREAMS = [] as const;
