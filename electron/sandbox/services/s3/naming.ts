import type { Tag } from '@aws-sdk/client-s3';
import { AwsError } from '../../types';

/** S3's naming rules for buckets, keys and tags. */

const FORBIDDEN_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const FORBIDDEN_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'Bucket names must be between 3 and 63 characters long.';
  if (!/^[a-z0-9.-]+$/.test(name)) return 'Bucket names can consist only of lowercase letters, numbers, periods (.) and hyphens (-).';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'Bucket names must begin and end with a letter or number.';
  if (name.includes('..')) return 'Bucket names must not contain two adjacent periods.';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'Bucket names must not be formatted as an IP address.';
  if (FORBIDDEN_PREFIXES.some((p) => name.startsWith(p))) return 'Bucket names must not start with a reserved prefix.';
  if (FORBIDDEN_SUFFIXES.some((s) => name.endsWith(s))) return 'Bucket names must not end with a reserved suffix.';
  return undefined;
}

export function assertBucketName(name: string) {
  if (bucketNameProblem(name)) {
    throw new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 400, 'Sender', { BucketName: name });
  }
}

export function assertKey(key: string) {
  if (Buffer.byteLength(key, 'utf8') > 1024) {
    throw new AwsError('KeyTooLongError', 'Your key is too long', 400, 'Sender', {
      MaxSizeAllowed: '1024',
      Size: String(Buffer.byteLength(key, 'utf8')),
    });
  }
}

const invalidTag = (message: string, key?: string) =>
  new AwsError('InvalidTag', message, 400, 'Sender', key !== undefined ? { TagKey: key } : {});

/**
 * Bucket tags allow 50, object tags 10; keys up to 128 characters, values up to 256. Too many
 * object tags is S3's `BadRequest` "Object tags cannot be greater than 10" (not InvalidTag);
 * too many bucket tags is InvalidTag.
 */
export function assertTags(tags: Tag[], kind: 'object' | 'bucket') {
  if (kind === 'object' && tags.length > 10) throw new AwsError('BadRequest', 'Object tags cannot be greater than 10', 400, 'Sender');
  if (kind === 'bucket' && tags.length > 50) throw invalidTag('Bucket tag count cannot be greater than 50');
  const seen = new Set<string>();
  for (const { Key, Value } of tags) {
    if (Key === undefined || Key === '') throw invalidTag('The TagKey you have provided is invalid');
    if (Key.length > 128) throw invalidTag('The TagKey you have provided is too long, max 128', Key);
    if ((Value ?? '').length > 256) throw invalidTag('The TagValue you have provided is too long, max 256', Key);
    if (Key.toLowerCase().startsWith('aws:')) throw invalidTag('Your TagKey cannot be prefixed with aws:', Key);
    if (seen.has(Key)) throw invalidTag('Cannot provide multiple Tags with the same key', Key);
    seen.add(Key);
  }
}

/** `x-amz-tagging: a=1&b=2` (URL query encoding). */
export function parseTaggingHeader(header: string | undefined): Tag[] {
  if (!header) return [];
  return [...new URLSearchParams(header).entries()].map(([Key, Value]) => ({ Key, Value }));
}

export const OWNERSHIPS: string[] = ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'];

const STORAGE_CLASSES = [
  'STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'OUTPOSTS', 'GLACIER_IR', 'SNOW', 'EXPRESS_ONEZONE', 'FSX_OPENZFS',
];

/** The storage class a write asks for (a label here: no class changes how objects are read). */
export function storageClassOf(requested: string | undefined, fallback = 'STANDARD'): string {
  if (requested === undefined) return fallback;
  if (!STORAGE_CLASSES.includes(requested)) throw new AwsError('InvalidStorageClass', 'The storage class you specified is not valid', 400, 'Sender', { StorageClassRequested: requested });
  return requested;
}

/** User metadata (x-amz-meta-*) is limited to 2 KB, names and values together. */
export function assertMetadata(metadata: Record<string, string> | undefined) {
  const size = Object.entries(metadata ?? {}).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  if (size > 2048) {
    throw new AwsError('MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size', 400, 'Sender', { Size: String(size), MaxSizeAllowed: '2048' });
  }
}
