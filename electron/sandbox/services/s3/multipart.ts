import type {
  AbortMultipartUploadOutput,
  AbortMultipartUploadRequest,
  ChecksumAlgorithm,
  ChecksumType,
  CompleteMultipartUploadOutput,
  CompleteMultipartUploadRequest,
  CreateMultipartUploadOutput,
  CreateMultipartUploadRequest,
  UploadPartCopyOutput,
  UploadPartCopyRequest,
  UploadPartOutput,
  UploadPartRequest,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { AwsError, type OperationContext } from '../../types';
import { cannedAclFor } from './acl';
import { checksumBase64, checksumMember, defaultChecksum, digest, isSupportedChecksum } from './checksums';
import { opaqueId, requireBucket, type Handler, type S3Env } from './context';
import { badDigest, invalidArgument, invalidRequest, malformedXml, noSuchUpload } from './errors';
import { verifyIntegrity } from './integrity';
import { assertKey, assertMetadata, assertTags, parseTaggingHeader, storageClassOf } from './naming';
import { parseRange, selectVersion } from './object-read';
import { checkWriteConditions, entityOf, parseCopySource } from './object-write';
import type { MultipartUpload, StoredChecksum, UploadedPart } from './state';
import { addVersion, encryptionOutput, etagMatches, quotedMd5, resolveEncryption, visibleVersionId } from './versions';

/** Multipart uploads: create, upload parts, complete (S3's ETag and checksum rules), abort. */

const MIN_PART_SIZE = 5 * 1024 * 1024;
const MAX_PARTS = 10_000;

export type Keyed = { Bucket: string; Key: string; UploadId?: string; ExpectedBucketOwner?: string };

export function uploadOf(env: S3Env, input: Keyed, ctx: OperationContext) {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const upload = bucket.uploads.get(input.UploadId ?? '');
  if (!upload || upload.key !== input.Key) throw noSuchUpload(input.UploadId ?? '');
  return { bucket, upload };
}

/** CRC64NVME checksums only combine over the full object; SHA checksums only as composites. */
function checksumTypeFor(algorithm: ChecksumAlgorithm | undefined, requested: ChecksumType | undefined): ChecksumType | undefined {
  if (algorithm === undefined) {
    if (requested !== undefined) throw invalidRequest('The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.');
    return undefined;
  }
  if (!isSupportedChecksum(algorithm)) throw invalidRequest(`The sandbox does not support the ${algorithm} checksum algorithm.`);
  const type = requested ?? (algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE');
  const allowed = algorithm === 'CRC64NVME' ? ['FULL_OBJECT'] : algorithm.startsWith('SHA') ? ['COMPOSITE'] : ['FULL_OBJECT', 'COMPOSITE'];
  if (!allowed.includes(type)) throw invalidRequest(`The ${type} checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`);
  return type;
}

export const createMultipartUpload: Handler<CreateMultipartUploadRequest & { Bucket: string; Key: string }, CreateMultipartUploadOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  assertKey(input.Key);
  assertMetadata(input.Metadata);
  const checksumType = checksumTypeFor(input.ChecksumAlgorithm, input.ChecksumType);
  const tags = parseTaggingHeader(input.Tagging);
  assertTags(tags, 'object');
  const encryption = resolveEncryption(bucket, input);
  const acl = cannedAclFor(bucket, input.ACL);
  const upload: MultipartUpload = {
    uploadId: opaqueId(48),
    key: input.Key,
    initiated: ctx.clock.now(),
    initiatorArn: ctx.caller.arn,
    checksumAlgorithm: input.ChecksumAlgorithm,
    checksumType,
    entity: entityOf(input),
    metadata: input.Metadata ?? {},
    encryption,
    tags,
    storageClass: storageClassOf(input.StorageClass),
    acl,
    parts: new Map(),
  };
  bucket.uploads.set(upload.uploadId, upload);
  return {
    Bucket: bucket.name,
    Key: input.Key,
    UploadId: upload.uploadId,
    ...encryptionOutput(encryption),
    ChecksumAlgorithm: input.ChecksumAlgorithm,
    ChecksumType: checksumType,
  };
};

function partNumberOf(value: number | undefined): number {
  if (value === undefined || value < 1 || value > MAX_PARTS) {
    throw invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', String(value));
  }
  return value;
}

function storePart(upload: MultipartUpload, partNumber: number, body: Buffer, now: number, sent?: { algorithm: ChecksumAlgorithm; value: string }) {
  const checksums: UploadedPart['checksums'] = {};
  if (sent) checksums[sent.algorithm] = sent.value;
  const algorithm = upload.checksumAlgorithm;
  if (algorithm && isSupportedChecksum(algorithm) && checksums[algorithm] === undefined) checksums[algorithm] = checksumBase64(algorithm, body);
  const part: UploadedPart = { partNumber, body, etag: quotedMd5(body), lastModified: now, checksums };
  upload.parts.set(partNumber, part);
  return part;
}

export const partChecksumOutput = (upload: MultipartUpload, part: UploadedPart) => {
  const algorithm = upload.checksumAlgorithm;
  const value = algorithm ? part.checksums[algorithm] : undefined;
  return algorithm && value ? { [checksumMember(algorithm)]: value } : {};
};

export const uploadPart: Handler<Omit<UploadPartRequest, 'Body'> & Keyed & { Body?: Buffer }, UploadPartOutput> = (env, input, ctx) => {
  const { upload } = uploadOf(env, input, ctx);
  const partNumber = partNumberOf(input.PartNumber);
  const body = input.Body ?? Buffer.alloc(0);
  const verified = verifyIntegrity(input, body, ctx.http.headers);
  const part = storePart(upload, partNumber, body, ctx.clock.now(), verified);
  return {
    ETag: part.etag,
    ...(verified ? { [checksumMember(verified.algorithm)]: verified.value } : {}),
    ...partChecksumOutput(upload, part),
    ...encryptionOutput(upload.encryption),
  };
};

export const uploadPartCopy: Handler<UploadPartCopyRequest & Keyed, UploadPartCopyOutput> = (env, input, ctx) => {
  const { upload } = uploadOf(env, input, ctx);
  const partNumber = partNumberOf(input.PartNumber);
  const source = parseCopySource(input.CopySource ?? '');
  const sourceBucket = requireBucket(env, source.bucket, ctx);
  const sourceVersion = selectVersion(sourceBucket, source.key, source.versionId, 'GET');
  if (input.CopySourceIfMatch !== undefined && !etagMatches(input.CopySourceIfMatch, sourceVersion.etag)) {
    throw new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, 'Sender', { Condition: 'x-amz-copy-source-If-Match' });
  }
  let body = sourceVersion.body;
  if (input.CopySourceRange !== undefined) {
    const slice = parseRange(input.CopySourceRange, body.length);
    if (!slice) throw invalidArgument('The x-amz-copy-source-range value must be of the form bytes=first-last.', 'x-amz-copy-source-range', input.CopySourceRange);
    body = body.subarray(slice.start, slice.end + 1);
  }
  const part = storePart(upload, partNumber, Buffer.from(body), ctx.clock.now());
  return {
    CopySourceVersionId: visibleVersionId(sourceBucket, sourceVersion),
    CopyPartResult: { ETag: part.etag, LastModified: new Date(part.lastModified), ...partChecksumOutput(upload, part) },
    ...encryptionOutput(upload.encryption),
  };
};

const invalidPart = (uploadId: string, partNumber: number, etag: string | undefined) =>
  new AwsError(
    'InvalidPart',
    "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
    400,
    'Sender',
    { UploadId: uploadId, PartNumber: String(partNumber), ETag: etag ?? '' },
  );

export const completeMultipartUpload: Handler<CompleteMultipartUploadRequest & Keyed, CompleteMultipartUploadOutput> = (env, input, ctx) => {
  const { bucket, upload } = uploadOf(env, input, ctx);
  const requested = input.MultipartUpload?.Parts ?? [];
  if (requested.length === 0) throw malformedXml();
  const parts: UploadedPart[] = [];
  let previous = 0;
  for (const entry of requested) {
    const number = entry.PartNumber ?? 0;
    if (number <= previous) {
      throw new AwsError('InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.', 400, 'Sender', {
        UploadId: upload.uploadId,
      });
    }
    previous = number;
    const part = upload.parts.get(number);
    if (!part || entry.ETag === undefined || !etagMatches(entry.ETag, part.etag)) throw invalidPart(upload.uploadId, number, entry.ETag);
    for (const [algorithm, value] of Object.entries(part.checksums)) {
      const claimed = (entry as Record<string, unknown>)[checksumMember(algorithm as ChecksumAlgorithm)];
      if (claimed !== undefined && claimed !== value) throw invalidPart(upload.uploadId, number, entry.ETag);
    }
    parts.push(part);
  }
  parts.forEach((part, i) => {
    if (i < parts.length - 1 && part.body.length < MIN_PART_SIZE) {
      throw new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, 'Sender', {
        ProposedSize: String(part.body.length),
        MinSizeAllowed: String(MIN_PART_SIZE),
        PartNumber: String(part.partNumber),
        ETag: part.etag,
      });
    }
  });
  const body = Buffer.concat(parts.map((p) => p.body));
  if (input.MpuObjectSize !== undefined && input.MpuObjectSize !== body.length) {
    throw invalidRequest(`The provided 'x-amz-mp-object-size' header value ${input.MpuObjectSize} does not match what was computed: ${body.length}`);
  }
  checkWriteConditions(bucket, upload.key, input.IfMatch, input.IfNoneMatch);
  // S3's multipart ETag: the MD5 of the parts' binary MD5s, then a dash and the part count.
  const md5s = Buffer.concat(parts.map((p) => Buffer.from(p.etag.replace(/"/g, ''), 'hex')));
  const etag = `"${createHash('md5').update(md5s).digest('hex')}-${parts.length}"`;
  const checksum = finalChecksum(upload, parts, body);
  if (checksum && checksum.type === 'FULL_OBJECT') {
    const claimed = (input as unknown as Record<string, unknown>)[checksumMember(checksum.algorithm)];
    if (claimed !== undefined && claimed !== checksum.value) throw badDigest(checksum.algorithm);
  }
  const version = addVersion(bucket, {
    key: upload.key,
    deleteMarker: false,
    lastModified: ctx.clock.now(),
    body,
    etag,
    entity: upload.entity,
    metadata: upload.metadata,
    encryption: upload.encryption,
    checksum,
    partSizes: parts.map((p) => p.body.length),
    partChecksums: checksum?.type === 'COMPOSITE' ? parts.map((p) => p.checksums[checksum.algorithm] ?? '') : undefined,
    tags: upload.tags,
    storageClass: upload.storageClass,
    acl: upload.acl,
  });
  bucket.uploads.delete(upload.uploadId);
  const host = ctx.http.headers.host ?? '127.0.0.1';
  return {
    Location: `http://${host}/${bucket.name}/${upload.key.split('/').map(encodeURIComponent).join('/')}`,
    Bucket: bucket.name,
    Key: upload.key,
    ETag: etag,
    ...(checksum ? { [checksumMember(checksum.algorithm)]: checksum.value, ChecksumType: checksum.type } : {}),
    VersionId: visibleVersionId(bucket, version),
    ...encryptionOutput(upload.encryption),
  };
};

function finalChecksum(upload: MultipartUpload, parts: UploadedPart[], body: Buffer): StoredChecksum | undefined {
  const algorithm = upload.checksumAlgorithm;
  if (!algorithm) return defaultChecksum(body);
  if (!isSupportedChecksum(algorithm)) return undefined;
  if (upload.checksumType === 'FULL_OBJECT') return { algorithm, value: checksumBase64(algorithm, body), type: 'FULL_OBJECT' };
  const partDigests = Buffer.concat(parts.map((p) => Buffer.from(p.checksums[algorithm] ?? '', 'base64')));
  return { algorithm, value: `${digest(algorithm, partDigests).toString('base64')}-${parts.length}`, type: 'COMPOSITE' };
}

export const abortMultipartUpload: Handler<AbortMultipartUploadRequest & Keyed, AbortMultipartUploadOutput> = (env, input, ctx) => {
  const { bucket, upload } = uploadOf(env, input, ctx);
  bucket.uploads.delete(upload.uploadId);
  return {};
};
