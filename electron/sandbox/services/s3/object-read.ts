import type { GetObjectOutput, GetObjectRequest, HeadObjectOutput, HeadObjectRequest } from '@aws-sdk/client-s3';
import { AwsError, type OperationContext } from '../../types';
import { checksumMember } from './checksums';
import { requireBucket, type Handler, type S3Env } from './context';
import { invalidRequest, noSuchKey, noSuchVersion, notModified, preconditionFailed } from './errors';
import type { Bucket, ObjectVersion } from './state';
import { encryptionOutput, etagMatches, findVersion, latestVersion, visibleVersionId } from './versions';

/** GetObject and HeadObject: version selection, conditional requests, ranges and parts. */

export type GetObjectInput = Omit<GetObjectRequest, 'Bucket' | 'Key'> & { Bucket: string; Key: string };
export type GetObjectAnswer = Omit<GetObjectOutput, 'Body'> & { Body?: Buffer };

/** The version a read addresses, with S3's answers for missing keys, versions and delete markers. */
export function selectVersion(bucket: Bucket, key: string, versionId: string | undefined, method: string): ObjectVersion {
  if (versionId !== undefined) {
    const version = findVersion(bucket, key, versionId);
    if (!version) throw noSuchVersion(key, versionId);
    if (version.deleteMarker) {
      throw new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, 'Sender', {
        Method: method,
        ResourceType: 'DeleteMarker',
        DeleteMarker: 'true',
        VersionId: version.versionId,
        LastModified: new Date(version.lastModified).toUTCString(),
      });
    }
    return version;
  }
  const latest = latestVersion(bucket, key);
  if (!latest) throw noSuchKey(key);
  if (latest.deleteMarker) {
    const versionHeader = visibleVersionId(bucket, latest);
    throw noSuchKey(key, { DeleteMarker: 'true', ...(versionHeader ? { VersionId: versionHeader } : {}) });
  }
  return latest;
}

export interface Conditions {
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
}

/** RFC 7232 order: If-Match, else If-Unmodified-Since (412); If-None-Match, else If-Modified-Since (304). */
export function checkConditions(version: ObjectVersion, conditions: Conditions, failWith304 = true) {
  // HTTP dates have one-second precision.
  const modified = Math.floor(version.lastModified / 1000) * 1000;
  if (conditions.IfMatch !== undefined) {
    if (!etagMatches(conditions.IfMatch, version.etag)) throw preconditionFailed('If-Match');
  } else if (conditions.IfUnmodifiedSince && modified > conditions.IfUnmodifiedSince.getTime()) {
    throw preconditionFailed('If-Unmodified-Since');
  }
  // Reads answer 304 Not Modified; copy-source conditions fail the copy with 412 instead.
  const unchanged = (condition: string) => (failWith304 ? notModified(version.etag, version.lastModified) : preconditionFailed(condition));
  if (conditions.IfNoneMatch !== undefined) {
    if (etagMatches(conditions.IfNoneMatch, version.etag)) throw unchanged('If-None-Match');
  } else if (conditions.IfModifiedSince && modified <= conditions.IfModifiedSince.getTime()) {
    throw unchanged('If-Modified-Since');
  }
}

interface Slice {
  start: number;
  end: number;
}

const invalidRange = (size: number, range: string) =>
  new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, 'Sender', {
    RangeRequested: range,
    ActualObjectSize: String(size),
  });

/** `bytes=a-b`, `bytes=a-`, `bytes=-n`. Anything S3 cannot read as one range means the whole object. */
export function parseRange(header: string, size: number): Slice | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) throw invalidRange(size, header);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (end < start) return undefined;
  if (start >= size) throw invalidRange(size, header);
  return { start, end: Math.min(end, size - 1) };
}

function partSlice(version: ObjectVersion, partNumber: number): Slice {
  const sizes = version.partSizes ?? [version.body.length];
  if (partNumber < 1 || partNumber > sizes.length) {
    throw new AwsError('InvalidPartNumber', 'The requested partnumber is not satisfiable', 416, 'Sender', {
      PartNumberRequested: String(partNumber),
      ActualPartCount: String(sizes.length),
    });
  }
  const start = sizes.slice(0, partNumber - 1).reduce((a, b) => a + b, 0);
  return { start, end: start + (sizes[partNumber - 1] ?? 0) - 1 };
}

function readObject(env: S3Env, input: GetObjectInput, ctx: OperationContext, method: string): GetObjectAnswer {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const version = selectVersion(bucket, input.Key, input.VersionId, method);
  checkConditions(version, input);
  if (input.Range !== undefined && input.PartNumber !== undefined) throw invalidRequest('Cannot specify both Range header and partNumber query parameter');
  const size = version.body.length;
  let slice: Slice | undefined;
  if (input.PartNumber !== undefined) slice = partSlice(version, input.PartNumber);
  else if (input.Range !== undefined) slice = parseRange(input.Range, size);
  const body = slice ? version.body.subarray(slice.start, slice.end + 1) : version.body;
  const entity = version.entity;
  // Whole-object checksums describe the whole object only; S3 omits them for ranges.
  const checksum = input.ChecksumMode === 'ENABLED' && input.Range === undefined && input.PartNumber === undefined ? version.checksum : undefined;
  return {
    Body: body,
    AcceptRanges: 'bytes',
    LastModified: new Date(version.lastModified),
    ContentLength: body.length,
    ContentRange: slice && size > 0 ? `bytes ${slice.start}-${slice.end}/${size}` : undefined,
    ETag: version.etag,
    ...(checksum ? { [checksumMember(checksum.algorithm)]: checksum.value, ChecksumType: checksum.type } : {}),
    VersionId: visibleVersionId(bucket, version),
    CacheControl: input.ResponseCacheControl ?? entity.CacheControl,
    ContentDisposition: input.ResponseContentDisposition ?? entity.ContentDisposition,
    ContentEncoding: input.ResponseContentEncoding ?? entity.ContentEncoding,
    ContentLanguage: input.ResponseContentLanguage ?? entity.ContentLanguage,
    ContentType: input.ResponseContentType ?? entity.ContentType,
    Expires: input.ResponseExpires ?? entity.Expires,
    Metadata: version.metadata,
    ...encryptionOutput(version.encryption),
    StorageClass: version.storageClass === 'STANDARD' ? undefined : (version.storageClass as GetObjectOutput['StorageClass']),
    PartsCount: input.PartNumber !== undefined && version.partSizes ? version.partSizes.length : undefined,
    TagCount: version.tags.length > 0 ? version.tags.length : undefined,
  };
}

export const getObject: Handler<GetObjectInput, GetObjectAnswer> = (env, input, ctx) => readObject(env, input, ctx, 'GET');

export const headObject: Handler<Omit<HeadObjectRequest, 'Bucket' | 'Key'> & { Bucket: string; Key: string }, HeadObjectOutput> = (env, input, ctx) => {
  const { Body: _body, ...rest } = readObject(env, input, ctx, 'HEAD');
  return rest as HeadObjectOutput;
};
