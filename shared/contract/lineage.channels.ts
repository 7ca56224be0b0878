export const LINEAGE_REQUESTS = ['lineage.get'] as const;
export const LINEAGE_STREAMS = [] as const;
