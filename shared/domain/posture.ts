/**
 * Encryption and network posture across the pipeline: one list of findings over buckets, jobs,
 * endpoint configs, log groups, API stages, load balancer listeners and the KMS keys they use.
 */

export const POSTURE_RESOURCE_KINDS = ['bucket', 'trainingJob', 'processingJob', 'endpointConfig', 'logGroup', 'apiStage', 'listener', 'kmsKey'] as const;
export type PostureResourceKind = (typeof POSTURE_RESOURCE_KINDS)[number];

/** `unknown`: the endpoint could not run the check (operation refused, unknown or not offered): said, never guessed. */
export const POSTURE_STATUSES = ['fail', 'unknown', 'pass'] as const;
export type PostureFindingStatus = (typeof POSTURE_STATUSES)[number];

export const POSTURE_SEVERITIES = ['high', 'medium', 'low'] as const;
export type PostureSeverity = (typeof POSTURE_SEVERITIES)[number];

/** Every check the report runs; the compliance report groups them into controls. */
export const POSTURE_CHECK_IDS = [
  'bucket.defaultEncryption',
  'bucket.kmsEncryption',
  'bucket.publicAccessBlock',
  'bucket.publicPolicy',
  'bucket.httpsOnly',
  'bucket.versioning',
  'bucket.accessLogging',
  'job.volumeKey',
  'job.outputKey',
  'job.interContainerEncryption',
  'job.networkIsolation',
  'job.vpc',
  'endpointConfig.kmsKey',
  'logGroup.kmsKey',
  'logGroup.retention',
  'apiStage.tls',
  'apiStage.methodAuth',
  'apiStage.accessLogging',
  'apiStage.clientCertificate',
  'listener.tls',
  'listener.sslPolicy',
  'kmsKey.rotation',
  'kmsKey.state',
] as const;
export type PostureCheckId = (typeof POSTURE_CHECK_IDS)[number];

/** Where in the console the fix is made: the renderer turns it into an address. */
export type PostureFixLink =
  | { area: 'bucket'; bucket: string }
  | { area: 'job'; kind: 'training' | 'processing'; name: string }
  | { area: 'endpoint'; name: string }
  | { area: 'api'; apiId: string }
  | { area: 'loadBalancer'; name: string }
  | { area: 'logGroup'; name: string };

export interface PostureFix {
  /** What to do, in one line (an AWS CLI command where the console has no screen for it). */
  action: string;
  link?: PostureFixLink;
}

export interface PostureFindingRow {
  /** Stable across reports: `<check>|<resource ARN or name>`. */
  id: string;
  resourceKind: PostureResourceKind;
  /** The resource's name as the console shows it. */
  name: string;
  arn?: string;
  check: PostureCheckId;
  /** The check in words: "Default encryption". */
  title: string;
  status: PostureFindingStatus;
  severity: PostureSeverity;
  /** What was read, in one line: "GetBucketEncryption: SSE-S3 (AES256)". */
  evidence: string;
  fix?: PostureFix;
}

/** A check the endpoint could not run, once per operation and cause. */
export interface CheckNotRun {
  service: string;
  operation: string;
  /** "this endpoint has no GetKeyRotationStatus operation" / "access denied (kms:GetKeyRotationStatus)". */
  cause: string;
  /** How many findings it left unknown. */
  findings: number;
}

export interface PostureReport {
  generatedAt: string;
  findings: PostureFindingRow[];
  counts: Record<PostureFindingStatus, number>;
  checksNotRun: CheckNotRun[];
  /** A list cut short (the newest 50 jobs of each kind are read). */
  notices: string[];
}
