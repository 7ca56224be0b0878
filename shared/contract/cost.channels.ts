export const COST_REQUESTS = ['cost.now', 'cost.summary', 'cost.byTag', 'cost.untagged', 'cost.tagResources'] as const;
export const COST_STREAMS = [] as const;
