export const COMPLIANCE_REQUESTS = ['compliance.report', 'compliance.export', 'compliance.regions', 'compliance.setRegions'] as const;
export const COMPLIANCE_STREAMS = [] as const;
