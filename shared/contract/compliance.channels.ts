export const COMPLIANCE_REQUESTS = [] as const;
export const COMPLIANCE_STREAMS = [] as const;
