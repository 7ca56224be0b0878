import type { StructShape } from './xml-shapes';

/**
 * The pieces S3's operation bindings are made of: the wire types, and header and query groups
 * several operations share (checksums, SSE, conditions, object reads). Facts from S3's API model.
 */
export type WireType = 'string' | 'integer' | 'boolean' | 'timestamp';
export type HeaderBinding = string | [name: string, type: WireType];

export type BodyBinding =
  /** Raw bytes or text in the body (object data, bucket policy). */
  | { member: string; raw: 'blob' | 'string' }
  /** XML body. With `member`, that member is the body; without, the output's own members are. */
  | { member?: string; root: string; shape: StructShape }
  /** `<LocationConstraint>eu-west-1</LocationConstraint>`: a member as the root element's text. */
  | { member: string; root: string; text: true };

export interface Binding {
  headers?: Record<string, HeaderBinding>;
  query?: Record<string, HeaderBinding>;
  /** Member -> header prefix (`Metadata` <-> `x-amz-meta-*`). */
  prefixHeaders?: Record<string, string>;
  body?: BodyBinding;
}

export interface OperationBinding {
  input?: Binding;
  output?: Binding & { status?: number };
}

export const CHECKSUMS: Record<string, HeaderBinding> = {
  ChecksumCRC32: 'x-amz-checksum-crc32',
  ChecksumCRC32C: 'x-amz-checksum-crc32c',
  ChecksumCRC64NVME: 'x-amz-checksum-crc64nvme',
  ChecksumSHA1: 'x-amz-checksum-sha1',
  ChecksumSHA256: 'x-amz-checksum-sha256',
};

export const SSE: Record<string, HeaderBinding> = {
  ServerSideEncryption: 'x-amz-server-side-encryption',
  SSEKMSKeyId: 'x-amz-server-side-encryption-aws-kms-key-id',
  BucketKeyEnabled: ['x-amz-server-side-encryption-bucket-key-enabled', 'boolean'],
  SSECustomerAlgorithm: 'x-amz-server-side-encryption-customer-algorithm',
};

export const ENTITY: Record<string, HeaderBinding> = {
  CacheControl: 'cache-control',
  ContentDisposition: 'content-disposition',
  ContentEncoding: 'content-encoding',
  ContentLanguage: 'content-language',
  ContentType: 'content-type',
  Expires: ['expires', 'timestamp'],
};

export const CONDITIONS: Record<string, HeaderBinding> = {
  IfMatch: 'if-match',
  IfNoneMatch: 'if-none-match',
  IfModifiedSince: ['if-modified-since', 'timestamp'],
  IfUnmodifiedSince: ['if-unmodified-since', 'timestamp'],
};

export const OWNER_CHECK: Record<string, HeaderBinding> = { ExpectedBucketOwner: 'x-amz-expected-bucket-owner' };

export const METADATA = { Metadata: 'x-amz-meta-' };

export const NO_CONTENT = { status: 204 };

export const xmlIn = (member: string, root: string, shape: StructShape): Binding => ({
  headers: { ...OWNER_CHECK, ...CHECKSUMS, ContentMD5: 'content-md5', ChecksumAlgorithm: 'x-amz-sdk-checksum-algorithm' },
  body: { member, root, shape },
});

export const LIST_QUERY: Record<string, HeaderBinding> = {
  Delimiter: 'delimiter',
  EncodingType: 'encoding-type',
  MaxKeys: ['max-keys', 'integer'],
  Prefix: 'prefix',
};

export const OBJECT_READ_OUTPUT: Record<string, HeaderBinding> = {
  AcceptRanges: 'accept-ranges',
  DeleteMarker: ['x-amz-delete-marker', 'boolean'],
  LastModified: ['last-modified', 'timestamp'],
  ContentLength: ['content-length', 'integer'],
  ContentRange: 'content-range',
  ETag: 'etag',
  ...CHECKSUMS,
  ChecksumType: 'x-amz-checksum-type',
  VersionId: 'x-amz-version-id',
  ...ENTITY,
  ...SSE,
  StorageClass: 'x-amz-storage-class',
  PartsCount: ['x-amz-mp-parts-count', 'integer'],
  TagCount: ['x-amz-tagging-count', 'integer'],
};

export const OBJECT_READ_INPUT: Binding = {
  headers: { ...OWNER_CHECK, ...CONDITIONS, Range: 'range', ChecksumMode: 'x-amz-checksum-mode' },
  query: {
    VersionId: 'versionId',
    PartNumber: ['partNumber', 'integer'],
    ResponseCacheControl: 'response-cache-control',
    ResponseContentDisposition: 'response-content-disposition',
    ResponseContentEncoding: 'response-content-encoding',
    ResponseContentLanguage: 'response-content-language',
    ResponseContentType: 'response-content-type',
    ResponseExpires: ['response-expires', 'timestamp'],
  },
};
