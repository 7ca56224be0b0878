import type {
  BucketVersioningStatus,
  ChecksumAlgorithm,
  ChecksumType,
  CORSRule,
  LifecycleRule,
  LoggingEnabled,
  MFADeleteStatus,
  ObjectLockConfiguration,
  ObjectOwnership,
  PublicAccessBlockConfiguration,
  ReplicationConfiguration,
  ServerSideEncryption,
  ServerSideEncryptionRule,
  Tag,
} from '@aws-sdk/client-s3';

/** Everything S3 keeps, in memory. Buckets are one global namespace, as in AWS. */

export interface Encryption {
  algorithm: ServerSideEncryption;
  kmsKeyId?: string;
  bucketKeyEnabled?: boolean;
}

export interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  /** Base64, with a `-N` suffix for composite multipart checksums. */
  value: string;
  type: ChecksumType;
}

/** Representation headers S3 stores with an object and returns on GET/HEAD. */
export interface EntityHeaders {
  ContentType: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  Expires?: Date;
}

export interface ObjectVersion {
  key: string;
  /** Opaque id; 'null' for objects written while versioning was off or suspended. */
  versionId: string;
  deleteMarker: boolean;
  lastModified: number;
  body: Buffer;
  /** Quoted, as sent in the ETag header. */
  etag: string;
  entity: EntityHeaders;
  metadata: Record<string, string>;
  encryption: Encryption;
  checksum?: StoredChecksum;
  /** Sizes of the parts of a multipart object, for `partNumber` reads. */
  partSizes?: number[];
  /** Each part's checksum (base64) when the upload's checksum was COMPOSITE, for GetObjectAttributes. */
  partChecksums?: string[];
  tags: Tag[];
  storageClass: string;
  /** A canned ACL other than private, where the bucket's ownership setting allows ACLs. */
  acl?: string;
}

export interface UploadedPart {
  partNumber: number;
  body: Buffer;
  etag: string;
  lastModified: number;
  checksums: Partial<Record<ChecksumAlgorithm, string>>;
}

export interface MultipartUpload {
  uploadId: string;
  key: string;
  initiated: number;
  initiatorArn: string;
  checksumAlgorithm?: ChecksumAlgorithm;
  checksumType?: ChecksumType;
  entity: EntityHeaders;
  metadata: Record<string, string>;
  encryption: Encryption;
  tags: Tag[];
  storageClass: string;
  acl?: string;
  parts: Map<number, UploadedPart>;
}

export interface Bucket {
  name: string;
  region: string;
  accountId: string;
  created: number;
  versioning?: BucketVersioningStatus;
  mfaDelete?: MFADeleteStatus;
  /** Undefined means S3's default: SSE-S3 (AES256). */
  encryption?: ServerSideEncryptionRule[];
  publicAccessBlock?: PublicAccessBlockConfiguration;
  logging?: LoggingEnabled;
  tags?: Tag[];
  policy?: string;
  /** Undefined after DeleteBucketOwnershipControls; new buckets start BucketOwnerEnforced. */
  ownership?: ObjectOwnership;
  /** A canned ACL other than private (only possible once ownership is no longer enforced). */
  acl?: string;
  lifecycle?: LifecycleRule[];
  cors?: CORSRule[];
  replication?: ReplicationConfiguration;
  /** Present once Object Lock is on (at creation, or later on a versioned bucket); it cannot be turned off. */
  objectLock?: ObjectLockConfiguration;
  /** Key -> versions, newest first. */
  objects: Map<string, ObjectVersion[]>;
  uploads: Map<string, MultipartUpload>;
}

export interface S3State {
  buckets: Map<string, Bucket>;
}

export const createState = (): S3State => ({ buckets: new Map() });

// Snapshots are JSON: Maps become tagged entry lists, Buffers base64, Dates ISO strings.
const replacer = function (this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (original instanceof Map) return { $map: [...original.entries()] };
  if (Buffer.isBuffer(original)) return { $b64: original.toString('base64') };
  if (original instanceof Date) return { $date: original.toISOString() };
  return value;
};

const reviver = (_key: string, value: unknown): unknown => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as Record<string, unknown>;
    if (Array.isArray(tagged.$map)) return new Map(tagged.$map as [unknown, unknown][]);
    if (typeof tagged.$b64 === 'string') return Buffer.from(tagged.$b64, 'base64');
    if (typeof tagged.$date === 'string') return new Date(tagged.$date);
  }
  return value;
};

export function snapshotState(state: S3State): unknown {
  return JSON.parse(JSON.stringify(state, replacer)) as unknown;
}

export function restoreState(snapshot: unknown): S3State {
  const revived = JSON.parse(JSON.stringify(snapshot), reviver) as S3State;
  if (!(revived.buckets instanceof Map)) throw new Error('Not an S3 sandbox snapshot.');
  return revived;
}
