/**
 * S3 as the Data area shows it: buckets with their security posture, objects, versions,
 * transfers (uploads and downloads with progress), restores and restore drills.
 */

export const POSTURE_CHECKS = [
  'versioning',
  'encryption',
  'publicAccessBlock',
  'bucketPolicy',
  'ownership',
  'logging',
  'lifecycle',
  'replication',
  'objectLock',
  'tags',
] as const;
export type PostureCheck = (typeof POSTURE_CHECKS)[number];

/** `unknown`: the setting could not be read (AccessDenied, or the endpoint lacks the call): said, not guessed. */
export type PostureStatus = 'pass' | 'warn' | 'unknown';

/** One action per finding that SageDeck can fix in place. */
export const POSTURE_FIXES = ['enableVersioning', 'enableEncryption', 'blockPublicAccess', 'requireHttps', 'enforceBucketOwner', 'enableLogging'] as const;
export type PostureFix = (typeof POSTURE_FIXES)[number];

export interface PostureFinding {
  check: PostureCheck;
  status: PostureStatus;
  /** One line: "Versioning is suspended: overwritten objects cannot be restored." */
  reason: string;
  fix?: PostureFix;
}

export interface BucketPostureDetail {
  versioning: 'Enabled' | 'Suspended' | 'Never enabled';
  mfaDelete?: 'Enabled' | 'Disabled';
  encryption?: { algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse'; kmsKeyId?: string; bucketKey: boolean };
  publicAccessBlock?: { blockPublicAcls: boolean; ignorePublicAcls: boolean; blockPublicPolicy: boolean; restrictPublicBuckets: boolean };
  policy?: { exists: boolean; isPublic: boolean; httpsOnly: boolean };
  ownership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';
  logging?: { targetBucket: string; targetPrefix: string };
  lifecycleRules: number;
  replicationRules: number;
  objectLock?: { enabled: boolean; mode?: 'GOVERNANCE' | 'COMPLIANCE'; days?: number; years?: number };
  tags: Record<string, string>;
}

export interface BucketSummary {
  name: string;
  region?: string;
  createdAt?: string;
  findings: PostureFinding[];
}

export interface BucketPage {
  items: BucketSummary[];
  nextToken?: string;
  notice?: string;
}

export interface BucketDetail extends BucketSummary {
  posture: Partial<BucketPostureDetail>;
}

export interface ObjectSummary {
  key: string;
  size: number;
  lastModified: string;
  storageClass?: string;
  etag?: string;
}

export interface ObjectListing {
  bucket: string;
  prefix: string;
  /** Common prefixes ("folders") under `prefix`, each ending with `/`. */
  folders: string[];
  objects: ObjectSummary[];
  nextToken?: string;
}

export interface ObjectDetail {
  bucket: string;
  key: string;
  size: number;
  lastModified: string;
  contentType?: string;
  storageClass: string;
  encryption?: { algorithm: string; kmsKeyId?: string; bucketKey?: boolean };
  versionId?: string;
  etag?: string;
  checksum?: { algorithm: 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256'; value: string; type?: 'FULL_OBJECT' | 'COMPOSITE' };
  metadata: Record<string, string>;
  tags: Record<string, string>;
}

export interface ObjectVersion {
  versionId: string;
  isLatest: boolean;
  isDeleteMarker: boolean;
  lastModified: string;
  size?: number;
  etag?: string;
}

export interface DeleteOutcome {
  key: string;
  /** True on a versioned bucket: the object is hidden behind a delete marker, its versions kept. */
  deleteMarker: boolean;
  versionId?: string;
}

export interface RestoreOutcome {
  key: string;
  /** The new latest version (a copy of the restored one). */
  versionId?: string;
}

export interface PrefixRestoreReport {
  bucket: string;
  prefix: string;
  asOf: string;
  /** Objects as they were at `asOf`: restored (copied over the latest), already current, or deleted since and brought back. */
  restored: number;
  unchanged: number;
  /** Objects created after `asOf`, hidden behind a delete marker so the prefix looks as it did. */
  removed: number;
  failed: { key: string; message: string }[];
}

export interface DrillReport {
  bucket: string;
  prefix: string;
  asOf: string;
  scratchPrefix: string;
  objects: number;
  verified: number;
  mismatched: { key: string; expected: string; actual: string }[];
  /** Versions with no checksum to compare against (written before S3 stored one). */
  unverifiable: string[];
  failed: { key: string; message: string }[];
  durationMs: number;
  passed: boolean;
}

export type TransferState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface TransferFile {
  key: string;
  bytesTotal: number;
  bytesDone: number;
  state: TransferState;
  /** The checksum S3 stored matches the one computed locally. */
  checksumVerified?: boolean;
  error?: string;
}

export interface TransferSummary {
  id: string;
  kind: 'upload' | 'download';
  profile: string;
  region: string;
  bucket: string;
  /** The prefix uploaded into, or the key downloaded. */
  target: string;
  state: TransferState;
  bytesTotal: number;
  bytesDone: number;
  bytesPerSecond: number;
  /** Undefined until the speed is known. */
  secondsLeft?: number;
  files: TransferFile[];
  /** Parts that failed and were (or will be) retried. */
  partRetries: number;
  startedAt: string;
  endedAt?: string;
  error?: string;
}
