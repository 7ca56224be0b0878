import type {
  CopyObjectOutput,
  CopyObjectRequest,
  DeleteObjectOutput,
  DeleteObjectRequest,
  DeleteObjectsOutput,
  DeleteObjectsRequest,
  PutObjectOutput,
  PutObjectRequest,
} from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { cannedAclFor } from './acl';
import { checksumBase64, checksumMember, defaultChecksum, isSupportedChecksum } from './checksums';
import { requireBucket, type Handler } from './context';
import { invalidArgument, invalidRequest, malformedXml, noSuchKey, preconditionFailed } from './errors';
import { verifyIntegrity } from './integrity';
import { assertKey, assertMetadata, assertTags, parseTaggingHeader, storageClassOf } from './naming';
import { checkConditions, selectVersion } from './object-read';
import type { Bucket, EntityHeaders, StoredChecksum } from './state';
import { addVersion, encryptionOutput, etagMatches, latestVersion, quotedMd5, removeVersion, resolveEncryption, visibleVersionId } from './versions';

/** PutObject, CopyObject, DeleteObject and DeleteObjects. */

export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

export const entityOf = (input: Partial<EntityHeaders> & { ContentType?: string }): EntityHeaders => ({
  ContentType: input.ContentType ?? DEFAULT_CONTENT_TYPE,
  CacheControl: input.CacheControl,
  ContentDisposition: input.ContentDisposition,
  ContentEncoding: input.ContentEncoding,
  ContentLanguage: input.ContentLanguage,
  Expires: input.Expires,
});

/** Conditional writes: If-None-Match: * refuses to overwrite, If-Match requires the current ETag. */
export function checkWriteConditions(bucket: Bucket, key: string, ifMatch?: string, ifNoneMatch?: string) {
  const current = latestVersion(bucket, key);
  const exists = current !== undefined && !current.deleteMarker;
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') throw new AwsError('NotImplemented', 'If-None-Match on writes accepts only *.', 501, 'Receiver');
    if (exists) throw preconditionFailed('If-None-Match');
  }
  if (ifMatch !== undefined) {
    if (!exists) throw noSuchKey(key);
    if (!etagMatches(ifMatch, current.etag)) throw preconditionFailed('If-Match');
  }
}

export type PutObjectInput = Omit<PutObjectRequest, 'Body' | 'Bucket' | 'Key'> & { Bucket: string; Key: string; Body?: Buffer };

export const putObject: Handler<PutObjectInput, PutObjectOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  assertKey(input.Key);
  const body = input.Body ?? Buffer.alloc(0);
  assertMetadata(input.Metadata);
  const storageClass = storageClassOf(input.StorageClass);
  const verified = verifyIntegrity(input, body, ctx.http.headers);
  checkWriteConditions(bucket, input.Key, input.IfMatch, input.IfNoneMatch);
  const tags = parseTaggingHeader(input.Tagging);
  assertTags(tags, 'object');
  const encryption = resolveEncryption(bucket, input);
  const acl = cannedAclFor(bucket, input.ACL);
  const checksum: StoredChecksum = verified ? { ...verified, type: 'FULL_OBJECT' } : defaultChecksum(body);
  const version = addVersion(bucket, {
    key: input.Key,
    deleteMarker: false,
    lastModified: ctx.clock.now(),
    body,
    etag: quotedMd5(body),
    entity: entityOf(input),
    metadata: input.Metadata ?? {},
    encryption,
    checksum,
    tags,
    storageClass,
    acl,
  });
  return {
    ETag: version.etag,
    [checksumMember(checksum.algorithm)]: checksum.value,
    ChecksumType: checksum.type,
    VersionId: visibleVersionId(bucket, version),
    ...encryptionOutput(encryption),
    Size: body.length,
  };
};

/** `x-amz-copy-source`: `bucket/key` or `/bucket/key`, URL-encoded, with an optional `?versionId=`. */
export function parseCopySource(header: string): { bucket: string; key: string; versionId?: string } {
  const [path = '', query = ''] = header.split('?', 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.replace(/^\//, ''));
  } catch {
    throw invalidArgument('Invalid copy source encoding', 'x-amz-copy-source', header);
  }
  const slash = decoded.indexOf('/');
  if (slash <= 0 || slash === decoded.length - 1) throw invalidArgument('Invalid copy source object key', 'x-amz-copy-source', header);
  const versionId = new URLSearchParams(query).get('versionId') ?? undefined;
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1), versionId };
}

export const copyObject: Handler<CopyObjectRequest & { Bucket: string; Key: string }, CopyObjectOutput> = (env, input, ctx) => {
  const source = parseCopySource(input.CopySource ?? '');
  const sourceBucket = requireBucket(env, source.bucket, ctx);
  const sourceVersion = selectVersion(sourceBucket, source.key, source.versionId, 'GET');
  checkConditions(
    sourceVersion,
    {
      IfMatch: input.CopySourceIfMatch,
      IfNoneMatch: input.CopySourceIfNoneMatch,
      IfModifiedSince: input.CopySourceIfModifiedSince,
      IfUnmodifiedSince: input.CopySourceIfUnmodifiedSince,
    },
    false,
  );
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  assertKey(input.Key);
  const directive = input.MetadataDirective ?? 'COPY';
  if (directive !== 'COPY' && directive !== 'REPLACE') throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', directive);
  const toItself = sourceBucket === bucket && source.key === input.Key && sourceVersion === latestVersion(bucket, input.Key);
  if (toItself && directive === 'COPY' && !input.ServerSideEncryption && !input.StorageClass) {
    throw invalidRequest(
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    );
  }
  if (directive === 'REPLACE') assertMetadata(input.Metadata);
  const taggingDirective = input.TaggingDirective ?? 'COPY';
  const tags = taggingDirective === 'REPLACE' ? parseTaggingHeader(input.Tagging) : sourceVersion.tags;
  assertTags(tags, 'object');
  const algorithm = input.ChecksumAlgorithm ?? sourceVersion.checksum?.algorithm;
  if (algorithm !== undefined && !isSupportedChecksum(algorithm)) throw invalidRequest(`The sandbox does not support the ${algorithm} checksum algorithm.`);
  const body = sourceVersion.body;
  // A copy is written in one piece, so any checksum it keeps describes the full object.
  const checksum: StoredChecksum = algorithm ? { algorithm, value: checksumBase64(algorithm, body), type: 'FULL_OBJECT' } : defaultChecksum(body);
  const encryption = resolveEncryption(bucket, input);
  const acl = cannedAclFor(bucket, input.ACL);
  const version = addVersion(bucket, {
    key: input.Key,
    deleteMarker: false,
    lastModified: ctx.clock.now(),
    body,
    etag: quotedMd5(body),
    entity: directive === 'COPY' ? { ...sourceVersion.entity } : entityOf(input),
    metadata: directive === 'COPY' ? { ...sourceVersion.metadata } : (input.Metadata ?? {}),
    encryption,
    checksum,
    tags: tags.map((t) => ({ ...t })),
    storageClass: storageClassOf(input.StorageClass, sourceVersion.storageClass),
    acl,
  });
  return {
    CopyObjectResult: {
      ETag: version.etag,
      LastModified: new Date(version.lastModified),
      [checksumMember(checksum.algorithm)]: checksum.value,
      ChecksumType: checksum.type,
    },
    VersionId: visibleVersionId(bucket, version),
    CopySourceVersionId: visibleVersionId(sourceBucket, sourceVersion),
    ...encryptionOutput(encryption),
  };
};

interface DeleteOutcome {
  versionId?: string;
  deleteMarker?: boolean;
}

/** One delete, as DeleteObject and each entry of DeleteObjects perform it. */
function deleteOne(bucket: Bucket, key: string, versionId: string | undefined, now: number): DeleteOutcome {
  if (versionId !== undefined) {
    const removed = removeVersion(bucket, key, versionId);
    return { versionId, deleteMarker: removed?.deleteMarker ? true : undefined };
  }
  if (!bucket.versioning) {
    bucket.objects.delete(key);
    return {};
  }
  // Versioned buckets keep the data: a delete marker becomes the current version.
  const marker = addVersion(bucket, {
    key,
    deleteMarker: true,
    lastModified: now,
    body: Buffer.alloc(0),
    etag: '',
    entity: { ContentType: DEFAULT_CONTENT_TYPE },
    metadata: {},
    encryption: { algorithm: 'AES256' },
    tags: [],
    storageClass: 'STANDARD',
  });
  return { versionId: marker.versionId, deleteMarker: true };
}

export const deleteObject: Handler<DeleteObjectRequest & { Bucket: string; Key: string }, DeleteObjectOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  if (input.IfMatch !== undefined) checkWriteConditions(bucket, input.Key, input.IfMatch);
  const outcome = deleteOne(bucket, input.Key, input.VersionId, ctx.clock.now());
  return { DeleteMarker: outcome.deleteMarker, VersionId: outcome.versionId };
};

export const deleteObjects: Handler<DeleteObjectsRequest & { Bucket: string }, DeleteObjectsOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  verifyIntegrity(input as Parameters<typeof verifyIntegrity>[0], ctx.http.body, {});
  const objects = input.Delete?.Objects ?? [];
  if (objects.length === 0 || objects.length > 1000) throw malformedXml();
  const output: Required<Pick<DeleteObjectsOutput, 'Deleted' | 'Errors'>> = { Deleted: [], Errors: [] };
  for (const entry of objects) {
    const key = entry.Key ?? '';
    try {
      assertKey(key);
      if (entry.ETag !== undefined) checkWriteConditions(bucket, key, entry.ETag);
      const outcome = deleteOne(bucket, key, entry.VersionId, ctx.clock.now());
      if (input.Delete?.Quiet) continue;
      output.Deleted.push({
        Key: key,
        VersionId: entry.VersionId,
        DeleteMarker: outcome.deleteMarker,
        DeleteMarkerVersionId: outcome.deleteMarker && entry.VersionId === undefined ? outcome.versionId : undefined,
      });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      output.Errors.push({ Key: key, VersionId: entry.VersionId, Code: error.code, Message: error.message });
    }
  }
  return {
    Deleted: output.Deleted.length > 0 ? output.Deleted : undefined,
    Errors: output.Errors.length > 0 ? output.Errors : undefined,
  };
};
