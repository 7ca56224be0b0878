import { z } from 'zod';
import type { ComplianceExport, ComplianceReport } from '../domain/compliance';
import { chosenRegionsSchema } from '../validation/compliance';
import type { COMPLIANCE_REQUESTS, COMPLIANCE_STREAMS } from './compliance.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export const complianceRequests = {
  /** Every control evaluated now, with its evidence and the framework sections it maps to. */
  'compliance.report': request({ input: empty, output: returns<ComplianceReport>() }),
  /** The report evaluated now as HTML and CSV, with account, region, profile and time in both. */
  'compliance.export': request({ input: empty, output: returns<ComplianceExport>() }),
  /** The regions chosen for this profile (the profile's region until chosen). */
  'compliance.regions': request({ input: empty, output: returns<{ regions: string[]; chosen: boolean }>() }),
  /** Kept per profile on this machine; changes nothing in AWS. */
  'compliance.setRegions': request({
    input: z.object({ regions: chosenRegionsSchema }).strict(),
    output: returns<{ regions: string[] }>(),
    mutation: { action: 'Set the data regions', target: (input: { regions: string[] }) => input.regions.join(', '), destructive: false },
  }),
} satisfies Record<(typeof COMPLIANCE_REQUESTS)[number], AnyRequestSpec>;

export const complianceStreams = {} satisfies Record<(typeof COMPLIANCE_STREAMS)[number], AnyStreamSpec>;

export const complianceChannelsMatch: [
  SameKeys<keyof typeof complianceRequests, (typeof COMPLIANCE_REQUESTS)[number]>,
  SameKeys<keyof typeof complianceStreams, (typeof COMPLIANCE_STREAMS)[number]>,
] = [true, true];
