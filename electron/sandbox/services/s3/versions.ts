import { createHash } from 'node:crypto';
import type { ServerSideEncryption } from '@aws-sdk/client-s3';
import { opaqueId } from './context';
import { invalidArgument, notImplemented } from './errors';
import type { Bucket, Encryption, ObjectVersion } from './state';

/** How writes and deletes land in a bucket under each versioning state. */

export const latestVersion = (bucket: Bucket, key: string): ObjectVersion | undefined => bucket.objects.get(key)?.[0];

export const findVersion = (bucket: Bucket, key: string, versionId: string): ObjectVersion | undefined =>
  bucket.objects.get(key)?.find((v) => v.versionId === versionId);

/** Version ids appear in answers only once a bucket has ever had versioning turned on. */
export const visibleVersionId = (bucket: Bucket, version: ObjectVersion) => (bucket.versioning ? version.versionId : undefined);

/**
 * Stores a new current version. Enabled: it gets a fresh id and older versions stay. Off or
 * Suspended: it gets the id 'null' and replaces whatever 'null' version existed.
 */
export function addVersion(bucket: Bucket, version: Omit<ObjectVersion, 'versionId'>, versionId?: string): ObjectVersion {
  const enabled = bucket.versioning === 'Enabled';
  const stored: ObjectVersion = { ...version, versionId: versionId ?? (enabled ? opaqueId() : 'null') };
  const existing = bucket.objects.get(version.key) ?? [];
  const kept = stored.versionId === 'null' ? existing.filter((v) => v.versionId !== 'null') : existing;
  bucket.objects.set(version.key, [stored, ...kept]);
  return stored;
}

/** Removes one version for good; drops the key once nothing is left. */
export function removeVersion(bucket: Bucket, key: string, versionId: string): ObjectVersion | undefined {
  const versions = bucket.objects.get(key);
  const index = versions?.findIndex((v) => v.versionId === versionId) ?? -1;
  if (!versions || index < 0) return undefined;
  const [removed] = versions.splice(index, 1);
  if (versions.length === 0) bucket.objects.delete(key);
  return removed;
}

export const quotedMd5 = (data: Uint8Array) => `"${createHash('md5').update(data).digest('hex')}"`;

/** ETags compare without quotes or a weak prefix; `*` matches anything. */
export function etagMatches(condition: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return condition.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(etag));
}

export interface EncryptionRequest {
  ServerSideEncryption?: ServerSideEncryption | string;
  SSEKMSKeyId?: string;
  BucketKeyEnabled?: boolean;
  SSECustomerAlgorithm?: string;
}

/** The KMS key S3 uses when aws:kms is asked for without a key: the account's aws/s3 key. */
const awsManagedKey = (region: string, accountId: string) => {
  const hex = createHash('sha256').update(`aws/s3:${region}:${accountId}`).digest('hex');
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `arn:aws:kms:${region}:${accountId}:key/${uuid}`;
};

/** Encryption of a new object: the request's SSE headers, else the bucket default, else SSE-S3. */
export function resolveEncryption(bucket: Bucket, request: EncryptionRequest): Encryption {
  if (request.SSECustomerAlgorithm) throw notImplemented('The sandbox does not emulate SSE-C (customer-provided keys).');
  const requested = request.ServerSideEncryption;
  if (requested !== undefined && !['AES256', 'aws:kms', 'aws:kms:dsse'].includes(requested)) {
    throw invalidArgument('The encryption method specified is not supported', 'x-amz-server-side-encryption', requested);
  }
  if (requested === undefined && request.SSEKMSKeyId !== undefined) {
    throw invalidArgument('Specifying SSE-KMS key id requires x-amz-server-side-encryption to be aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id');
  }
  const rule = bucket.encryption?.[0];
  const algorithm = (requested ?? rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? 'AES256') as ServerSideEncryption;
  if (algorithm === 'AES256') return { algorithm };
  const kmsKeyId =
    request.SSEKMSKeyId ??
    (requested === undefined ? rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID : undefined) ??
    awsManagedKey(bucket.region, bucket.accountId);
  const bucketKeyEnabled = request.BucketKeyEnabled ?? (requested === undefined ? (rule?.BucketKeyEnabled ?? false) : false);
  return { algorithm, kmsKeyId, bucketKeyEnabled };
}

/** The SSE members every object answer carries. */
export const encryptionOutput = (encryption: Encryption) => ({
  ServerSideEncryption: encryption.algorithm,
  SSEKMSKeyId: encryption.kmsKeyId,
  BucketKeyEnabled: encryption.algorithm === 'AES256' ? undefined : encryption.bucketKeyEnabled,
});
