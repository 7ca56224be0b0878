export const EXPERIMENTS_REQUESTS = ['experiments.list', 'experiments.runs', 'experiments.series', 'experiments.rerun'] as const;
export const EXPERIMENTS_STREAMS = [] as const;
