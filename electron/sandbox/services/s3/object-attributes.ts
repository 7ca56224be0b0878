import type { GetObjectAttributesOutput, GetObjectAttributesRequest } from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { checksumMember } from './checksums';
import { requireBucket, type Handler } from './context';
import { invalidArgument } from './errors';
import { maxKeysOf } from './listing';
import { selectVersion } from './object-read';
import type { ObjectVersion } from './state';
import { visibleVersionId } from './versions';

/**
 * GetObjectAttributes: HeadObject and ListParts in one answer, limited to the attributes named in
 * `x-amz-object-attributes`. As S3 answers it: the ETag unquoted, a composite checksum without its
 * `-N` part count, parts listed only for objects uploaded with a composite checksum.
 */

const ATTRIBUTES = ['ETag', 'Checksum', 'ObjectParts', 'StorageClass', 'ObjectSize'];

type Input = Omit<GetObjectAttributesRequest, 'ObjectAttributes' | 'Bucket' | 'Key'> & {
  Bucket: string;
  Key: string;
  /** The header's comma-separated list (an array when called in-process). */
  ObjectAttributes?: string | string[];
};

/** Names are case-sensitive; a trailing comma is tolerated, an empty name in between is not. */
function parseNames(raw: string | string[] | undefined): string[] {
  const names = (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).split(',').map((n) => n.trim());
  if (names.length > 1 && names[names.length - 1] === '') names.pop();
  if (names.every((n) => n === '')) return [];
  for (const name of names) {
    if (name === '') throw invalidArgument('Invalid attribute name specified.', 'x-amz-object-attributes', '');
    if (!ATTRIBUTES.includes(name)) throw invalidArgument('Invalid attribute name specified.', 'x-amz-object-attributes', name);
  }
  return names;
}

function checksumOf(version: ObjectVersion): GetObjectAttributesOutput['Checksum'] {
  const checksum = version.checksum;
  if (!checksum) return undefined;
  return { [checksumMember(checksum.algorithm)]: checksum.value.replace(/-\d+$/, ''), ChecksumType: checksum.type };
}

function partsOf(version: ObjectVersion, maxParts: number, marker: number): GetObjectAttributesOutput['ObjectParts'] {
  const sizes = version.partSizes;
  if (!sizes) return undefined;
  const checksums = version.partChecksums;
  const algorithm = version.checksum?.algorithm;
  // Without per-part checksums S3 reports the count alone.
  if (!checksums || !algorithm) return { TotalPartsCount: sizes.length };
  const all = sizes.map((size, i) => ({ PartNumber: i + 1, Size: size, [checksumMember(algorithm)]: checksums[i] }));
  const page = all.filter((p) => p.PartNumber > marker).slice(0, maxParts);
  return {
    TotalPartsCount: sizes.length,
    PartNumberMarker: String(marker),
    NextPartNumberMarker: String(page[page.length - 1]?.PartNumber ?? marker),
    MaxParts: maxParts,
    IsTruncated: all.filter((p) => p.PartNumber > marker).length > page.length,
    Parts: page,
  };
}

export const getObjectAttributes: Handler<Input, GetObjectAttributesOutput> = (env, input, ctx) => {
  const names = parseNames(input.ObjectAttributes);
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  if (names.length === 0) {
    throw new AwsError('InvalidRequest', 'The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty', 400);
  }
  const maxParts = maxKeysOf(input.MaxParts, 'max-parts');
  const marker = Number(input.PartNumberMarker ?? 0);
  if (!Number.isInteger(marker) || marker < 0) {
    throw invalidArgument('Provided part-number-marker not an integer or within integer range', 'part-number-marker', input.PartNumberMarker);
  }
  const version = selectVersion(bucket, input.Key, input.VersionId, 'GET');
  const wants = (name: string) => names.includes(name);
  return {
    LastModified: new Date(version.lastModified),
    VersionId: visibleVersionId(bucket, version),
    ETag: wants('ETag') ? version.etag.replace(/"/g, '') : undefined,
    Checksum: wants('Checksum') ? checksumOf(version) : undefined,
    ObjectParts: wants('ObjectParts') ? partsOf(version, maxParts, marker) : undefined,
    StorageClass: wants('StorageClass') ? (version.storageClass as GetObjectAttributesOutput['StorageClass']) : undefined,
    ObjectSize: wants('ObjectSize') ? version.body.length : undefined,
  };
};
