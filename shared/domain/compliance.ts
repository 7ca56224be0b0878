/**
 * The compliance evidence report: technical controls relevant to GDPR, HIPAA and PCI DSS, each
 * evaluated live with the evidence read. Technical evidence, not a certification.
 */
import type { CheckNotRun, PostureFindingStatus } from './posture';

export const COMPLIANCE_CONTROL_IDS = [
  'encryptionAtRest',
  'encryptionInTransit',
  'accessLogging',
  'logRetention',
  'leastPrivilege',
  'mfaProductionRoles',
  'publicAccessBlocked',
  'backupsTested',
  'dataResidency',
] as const;
export type ComplianceControlId = (typeof COMPLIANCE_CONTROL_IDS)[number];

export type ComplianceStatus = PostureFindingStatus;

export interface FrameworkReference {
  framework: 'GDPR' | 'HIPAA' | 'PCI DSS';
  /** A commonly cited section: indicative, never a legal reading. */
  reference: string;
}

export interface ComplianceControl {
  id: ComplianceControlId;
  title: string;
  status: ComplianceStatus;
  /** One line: what the evidence adds up to. */
  summary: string;
  /** What was read, a line each: "sagedeck-demo-access-logs: GetBucketEncryption: SSE-S3 (AES256) → pass". */
  evidence: string[];
  frameworks: FrameworkReference[];
}

export const COMPLIANCE_STATEMENT = 'This report is technical evidence gathered from the AWS account, not a certification of compliance with GDPR, HIPAA or PCI DSS.';
export const FRAMEWORKS_NOTE = 'Framework sections are commonly cited references and are indicative only.';

export interface ComplianceReport {
  generatedAt: string;
  profile: string;
  region: string;
  /** Undefined when the endpoint could not say whose account it is (GetCallerIdentity failed). */
  accountId?: string;
  /** Where the data may be kept (compliance.setRegions; the profile's region until chosen). */
  chosenRegions: string[];
  controls: ComplianceControl[];
  checksNotRun: CheckNotRun[];
  statement: string;
  frameworksNote: string;
}

export interface ComplianceExport {
  html: string;
  csv: string;
  /** Without extension: `<name>.html` and `<name>.csv`. */
  fileName: string;
}
