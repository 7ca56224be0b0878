import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

/**
 * The S3 calls of an upload. `parts` tries once per call (the engine retries with the bytes it
 * holds and counts each retry); `calls` is the SDK's usual retrying client for the small requests.
 */
export interface UploadClients {
  parts: S3Client;
  calls: S3Client;
}

export interface ObjectRef {
  bucket: string;
  key: string;
}

export async function createUpload(clients: UploadClients, ref: ObjectRef, signal: AbortSignal): Promise<string> {
  const answer = await clients.calls.send(
    new CreateMultipartUploadCommand({ Bucket: ref.bucket, Key: ref.key, ChecksumAlgorithm: 'CRC32', ChecksumType: 'COMPOSITE' }),
    { abortSignal: signal },
  );
  if (!answer.UploadId) throw new Error(`S3 opened no multipart upload for ${ref.key}.`);
  return answer.UploadId;
}

/** One part with its CRC32 computed here: S3 refuses the part if the bytes it got differ. */
export async function uploadPart(clients: UploadClients, ref: ObjectRef, uploadId: string, part: { number: number; bytes: Buffer; checksum: string }, signal: AbortSignal) {
  const answer = await clients.parts.send(
    new UploadPartCommand({
      Bucket: ref.bucket,
      Key: ref.key,
      UploadId: uploadId,
      PartNumber: part.number,
      Body: part.bytes,
      ContentLength: part.bytes.length,
      ChecksumAlgorithm: 'CRC32',
      ChecksumCRC32: part.checksum,
    }),
    { abortSignal: signal },
  );
  if (!answer.ETag) throw new Error(`S3 returned no ETag for part ${part.number} of ${ref.key}.`);
  return answer.ETag;
}

/** A file that fits in one part: one PutObject with its CRC32; S3's answer carries the stored checksum. */
export async function putWhole(clients: UploadClients, ref: ObjectRef, bytes: Buffer, checksum: string, signal: AbortSignal) {
  const answer = await clients.parts.send(
    new PutObjectCommand({ Bucket: ref.bucket, Key: ref.key, Body: bytes, ContentLength: bytes.length, ChecksumAlgorithm: 'CRC32', ChecksumCRC32: checksum }),
    { abortSignal: signal },
  );
  return { checksum: answer.ChecksumCRC32, versionId: answer.VersionId };
}

export async function completeUpload(
  clients: UploadClients,
  ref: ObjectRef,
  uploadId: string,
  parts: { number: number; etag: string; checksum: string }[],
  signal: AbortSignal,
) {
  const answer = await clients.calls.send(
    new CompleteMultipartUploadCommand({
      Bucket: ref.bucket,
      Key: ref.key,
      UploadId: uploadId,
      MultipartUpload: { Parts: parts.map((part) => ({ PartNumber: part.number, ETag: part.etag, ChecksumCRC32: part.checksum })) },
    }),
    { abortSignal: signal },
  );
  return { checksum: answer.ChecksumCRC32, versionId: answer.VersionId };
}

export async function abortUpload(clients: UploadClients, ref: ObjectRef, uploadId: string): Promise<void> {
  await clients.calls.send(new AbortMultipartUploadCommand({ Bucket: ref.bucket, Key: ref.key, UploadId: uploadId }));
}

/** The checksum S3 stored, when its write answer did not carry it (some endpoints leave it out). */
export async function storedCrc32(clients: UploadClients, ref: ObjectRef, versionId: string | undefined, signal: AbortSignal): Promise<string | undefined> {
  const answer = await clients.calls.send(
    new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key, ChecksumMode: 'ENABLED', ...(versionId ? { VersionId: versionId } : {}) }),
    { abortSignal: signal },
  );
  return answer.ChecksumCRC32;
}
