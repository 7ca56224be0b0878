import type { COMPLIANCE_REQUESTS, COMPLIANCE_STREAMS } from './compliance.channels';
import type { AnyRequestSpec, AnyStreamSpec, SameKeys } from './spec';

/** The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export const complianceRequests = {} satisfies Record<(typeof COMPLIANCE_REQUESTS)[number], AnyRequestSpec>;

export const complianceStreams = {} satisfies Record<(typeof COMPLIANCE_STREAMS)[number], AnyStreamSpec>;

export const complianceChannelsMatch: [
  SameKeys<keyof typeof complianceRequests, (typeof COMPLIANCE_REQUESTS)[number]>,
  SameKeys<keyof typeof complianceStreams, (typeof COMPLIANCE_STREAMS)[number]>,
] = [true, true];
