import type { ListMultipartUploadsOutput, ListMultipartUploadsRequest, ListPartsOutput, ListPartsRequest } from '@aws-sdk/client-s3';
import { ownerOf, requireBucket, type Handler } from './context';
import { invalidArgument } from './errors';
import { byKey, commonPrefixOf, encoderFor, maxKeysOf } from './listing';
import { partChecksumOutput, uploadOf, type Keyed } from './multipart';
import type { MultipartUpload } from './state';

/** ListParts and ListMultipartUploads: what is in flight, paged as S3 pages it. */

export const listParts: Handler<ListPartsRequest & Keyed, ListPartsOutput> = (env, input, ctx) => {
  const { bucket, upload } = uploadOf(env, input, ctx);
  const limit = maxKeysOf(input.MaxParts, 'max-parts');
  const marker = Number(input.PartNumberMarker ?? 0);
  if (!Number.isInteger(marker) || marker < 0) throw invalidArgument('Provided part-number-marker not an integer or within integer range', 'part-number-marker', input.PartNumberMarker);
  const all = [...upload.parts.values()].sort((a, b) => a.partNumber - b.partNumber).filter((p) => p.partNumber > marker);
  const page = all.slice(0, limit);
  const truncated = all.length > limit;
  return {
    Bucket: bucket.name,
    Key: upload.key,
    UploadId: upload.uploadId,
    PartNumberMarker: String(marker),
    NextPartNumberMarker: String(page[page.length - 1]?.partNumber ?? 0),
    MaxParts: limit,
    IsTruncated: truncated,
    Parts: page.map((part) => ({
      PartNumber: part.partNumber,
      LastModified: new Date(part.lastModified),
      ETag: part.etag,
      Size: part.body.length,
      ...partChecksumOutput(upload, part),
    })),
    Initiator: { ID: upload.initiatorArn, DisplayName: upload.initiatorArn.split('/').pop() },
    Owner: ownerOf(bucket.accountId),
    StorageClass: upload.storageClass as ListPartsOutput['StorageClass'],
    ChecksumAlgorithm: upload.checksumAlgorithm,
    ChecksumType: upload.checksumType,
  };
};

export const listMultipartUploads: Handler<ListMultipartUploadsRequest & { Bucket: string }, ListMultipartUploadsOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  const limit = maxKeysOf(input.MaxUploads, 'max-uploads');
  const encode = encoderFor(input.EncodingType);
  const prefix = input.Prefix ?? '';
  const sorted = [...bucket.uploads.values()]
    .filter((u) => u.key.startsWith(prefix))
    .sort((a, b) => byKey(a.key, b.key) || a.initiated - b.initiated || (a.uploadId < b.uploadId ? -1 : 1));
  const afterMarker = sorted.filter((u) => {
    if (input.KeyMarker === undefined) return true;
    const order = byKey(u.key, input.KeyMarker);
    if (order !== 0) return order > 0;
    if (!input.UploadIdMarker) return false;
    const at = sorted.findIndex((x) => x.uploadId === input.UploadIdMarker);
    return sorted.indexOf(u) > at;
  });
  const uploads: MultipartUpload[] = [];
  const prefixes: string[] = [];
  let truncated = false;
  for (const upload of afterMarker) {
    const common = commonPrefixOf(upload.key, prefix, input.Delimiter);
    if (common !== undefined && prefixes.includes(common)) continue;
    if (uploads.length + prefixes.length >= limit) {
      truncated = true;
      break;
    }
    if (common !== undefined) prefixes.push(common);
    else uploads.push(upload);
  }
  const last = uploads[uploads.length - 1];
  const owner = ownerOf(bucket.accountId);
  return {
    Bucket: bucket.name,
    KeyMarker: encode(input.KeyMarker ?? ''),
    UploadIdMarker: input.UploadIdMarker ?? '',
    NextKeyMarker: truncated && last ? encode(last.key) : undefined,
    Prefix: encode(prefix),
    Delimiter: encode(input.Delimiter),
    NextUploadIdMarker: truncated && last ? last.uploadId : undefined,
    MaxUploads: limit,
    IsTruncated: truncated,
    Uploads:
      uploads.length > 0
        ? uploads.map((u) => ({
            UploadId: u.uploadId,
            Key: encode(u.key),
            Initiated: new Date(u.initiated),
            StorageClass: u.storageClass as NonNullable<ListMultipartUploadsOutput['Uploads']>[number]['StorageClass'],
            Owner: owner,
            Initiator: { ID: u.initiatorArn, DisplayName: u.initiatorArn.split('/').pop() },
            ChecksumAlgorithm: u.checksumAlgorithm,
            ChecksumType: u.checksumType,
          }))
        : undefined,
    CommonPrefixes: prefixes.length > 0 ? prefixes.map((p) => ({ Prefix: encode(p) })) : undefined,
    EncodingType: input.EncodingType,
  };
};
