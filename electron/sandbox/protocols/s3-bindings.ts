import { CHECKSUMS, ENTITY, LIST_QUERY, METADATA, NO_CONTENT, OBJECT_READ_INPUT, OBJECT_READ_OUTPUT, OWNER_CHECK, SSE, xmlIn, type OperationBinding } from './s3-binding-parts';
import * as shapes from './s3-shapes';

export type { Binding, BodyBinding, HeaderBinding, OperationBinding, WireType } from './s3-binding-parts';

/**
 * How each S3 operation binds its input and output to HTTP: which members travel in headers or
 * the query string, and what the body holds. The facts come from S3's published API model.
 */
export const S3_BINDINGS: Record<string, OperationBinding> = {
  ListBuckets: {
    input: {
      query: { MaxBuckets: ['max-buckets', 'integer'], ContinuationToken: 'continuation-token', Prefix: 'prefix', BucketRegion: 'bucket-region' },
    },
    output: { body: { root: 'ListAllMyBucketsResult', shape: shapes.ListAllMyBucketsResult } },
  },
  CreateBucket: {
    input: {
      headers: { ACL: 'x-amz-acl', ObjectOwnership: 'x-amz-object-ownership', ObjectLockEnabledForBucket: ['x-amz-bucket-object-lock-enabled', 'boolean'] },
      body: { member: 'CreateBucketConfiguration', root: 'CreateBucketConfiguration', shape: shapes.CreateBucketConfiguration },
    },
    output: { headers: { Location: 'location', BucketArn: 'x-amz-bucket-arn' } },
  },
  DeleteBucket: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },
  HeadBucket: {
    input: { headers: OWNER_CHECK },
    output: { headers: { BucketRegion: 'x-amz-bucket-region', AccessPointAlias: ['x-amz-access-point-alias', 'boolean'], BucketArn: 'x-amz-bucket-arn' } },
  },
  GetBucketLocation: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'LocationConstraint', root: 'LocationConstraint', text: true } },
  },

  PutBucketVersioning: { input: { ...xmlIn('VersioningConfiguration', 'VersioningConfiguration', shapes.VersioningConfiguration), headers: { ...OWNER_CHECK, ContentMD5: 'content-md5', MFA: 'x-amz-mfa' } } },
  GetBucketVersioning: { input: { headers: OWNER_CHECK }, output: { body: { root: 'VersioningConfiguration', shape: shapes.VersioningConfiguration } } },

  PutBucketEncryption: { input: xmlIn('ServerSideEncryptionConfiguration', 'ServerSideEncryptionConfiguration', shapes.ServerSideEncryptionConfiguration) },
  GetBucketEncryption: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'ServerSideEncryptionConfiguration', root: 'ServerSideEncryptionConfiguration', shape: shapes.ServerSideEncryptionConfiguration } },
  },
  DeleteBucketEncryption: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutPublicAccessBlock: { input: xmlIn('PublicAccessBlockConfiguration', 'PublicAccessBlockConfiguration', shapes.PublicAccessBlockConfiguration) },
  GetPublicAccessBlock: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'PublicAccessBlockConfiguration', root: 'PublicAccessBlockConfiguration', shape: shapes.PublicAccessBlockConfiguration } },
  },
  DeletePublicAccessBlock: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutBucketLogging: { input: xmlIn('BucketLoggingStatus', 'BucketLoggingStatus', shapes.BucketLoggingStatus) },
  GetBucketLogging: { input: { headers: OWNER_CHECK }, output: { body: { root: 'BucketLoggingStatus', shape: shapes.BucketLoggingStatus } } },

  PutBucketTagging: { input: xmlIn('Tagging', 'Tagging', shapes.Tagging) },
  GetBucketTagging: { input: { headers: OWNER_CHECK }, output: { body: { root: 'Tagging', shape: shapes.Tagging } } },
  DeleteBucketTagging: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutBucketPolicy: {
    input: { headers: { ...OWNER_CHECK, ContentMD5: 'content-md5' }, body: { member: 'Policy', raw: 'string' } },
    output: NO_CONTENT,
  },
  GetBucketAcl: { input: { headers: OWNER_CHECK }, output: { body: { root: 'AccessControlPolicy', shape: shapes.AccessControlPolicy } } },
  PutBucketAcl: { input: { headers: { ...OWNER_CHECK, ACL: 'x-amz-acl' } } },
  GetObjectAcl: {
    input: { headers: OWNER_CHECK, query: { VersionId: 'versionId' } },
    output: { body: { root: 'AccessControlPolicy', shape: shapes.AccessControlPolicy } },
  },
  GetBucketPolicyStatus: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'PolicyStatus', root: 'PolicyStatus', shape: shapes.PolicyStatus } },
  },
  PutBucketOwnershipControls: { input: xmlIn('OwnershipControls', 'OwnershipControls', shapes.OwnershipControls) },
  GetBucketOwnershipControls: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'OwnershipControls', root: 'OwnershipControls', shape: shapes.OwnershipControls } },
  },
  DeleteBucketOwnershipControls: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },
  GetBucketPolicy: { input: { headers: OWNER_CHECK }, output: { body: { member: 'Policy', raw: 'string' } } },
  DeleteBucketPolicy: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutBucketCors: { input: xmlIn('CORSConfiguration', 'CORSConfiguration', shapes.CORSConfiguration) },
  GetBucketCors: { input: { headers: OWNER_CHECK }, output: { body: { root: 'CORSConfiguration', shape: shapes.CORSConfiguration } } },
  DeleteBucketCors: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutBucketReplication: {
    input: { ...xmlIn('ReplicationConfiguration', 'ReplicationConfiguration', shapes.ReplicationConfiguration), headers: { ...OWNER_CHECK, Token: 'x-amz-bucket-object-lock-token' } },
  },
  GetBucketReplication: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'ReplicationConfiguration', root: 'ReplicationConfiguration', shape: shapes.ReplicationConfiguration } },
  },
  DeleteBucketReplication: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutObjectLockConfiguration: {
    input: { ...xmlIn('ObjectLockConfiguration', 'ObjectLockConfiguration', shapes.ObjectLockConfiguration), headers: { ...OWNER_CHECK, Token: 'x-amz-bucket-object-lock-token' } },
  },
  GetObjectLockConfiguration: {
    input: { headers: OWNER_CHECK },
    output: { body: { member: 'ObjectLockConfiguration', root: 'ObjectLockConfiguration', shape: shapes.ObjectLockConfiguration } },
  },

  PutBucketLifecycleConfiguration: {
    input: xmlIn('LifecycleConfiguration', 'LifecycleConfiguration', shapes.LifecycleConfiguration),
    output: { headers: { TransitionDefaultMinimumObjectSize: 'x-amz-transition-default-minimum-object-size' } },
  },
  GetBucketLifecycleConfiguration: {
    input: { headers: OWNER_CHECK },
    output: {
      headers: { TransitionDefaultMinimumObjectSize: 'x-amz-transition-default-minimum-object-size' },
      body: { root: 'LifecycleConfiguration', shape: shapes.LifecycleConfiguration },
    },
  },
  DeleteBucketLifecycle: { input: { headers: OWNER_CHECK }, output: NO_CONTENT },

  PutObject: {
    input: {
      headers: {
        ...OWNER_CHECK,
        ...ENTITY,
        ...CHECKSUMS,
        ...SSE,
        ContentLength: ['content-length', 'integer'],
        ContentMD5: 'content-md5',
        ChecksumAlgorithm: 'x-amz-sdk-checksum-algorithm',
        StorageClass: 'x-amz-storage-class',
        Tagging: 'x-amz-tagging',
        ACL: 'x-amz-acl',
        IfMatch: 'if-match',
        IfNoneMatch: 'if-none-match',
      },
      prefixHeaders: METADATA,
      body: { member: 'Body', raw: 'blob' },
    },
    output: {
      headers: { ETag: 'etag', ...CHECKSUMS, ChecksumType: 'x-amz-checksum-type', VersionId: 'x-amz-version-id', ...SSE, Size: ['x-amz-object-size', 'integer'] },
    },
  },
  GetObject: {
    input: OBJECT_READ_INPUT,
    output: { headers: OBJECT_READ_OUTPUT, prefixHeaders: METADATA, body: { member: 'Body', raw: 'blob' } },
  },
  GetObjectAttributes: {
    input: {
      headers: { ...OWNER_CHECK, ObjectAttributes: 'x-amz-object-attributes', MaxParts: ['x-amz-max-parts', 'integer'], PartNumberMarker: 'x-amz-part-number-marker' },
      query: { VersionId: 'versionId' },
    },
    output: {
      headers: { DeleteMarker: ['x-amz-delete-marker', 'boolean'], LastModified: ['last-modified', 'timestamp'], VersionId: 'x-amz-version-id' },
      body: { root: 'GetObjectAttributesResponse', shape: shapes.GetObjectAttributesResponse },
    },
  },
  HeadObject: { input: OBJECT_READ_INPUT, output: { headers: OBJECT_READ_OUTPUT, prefixHeaders: METADATA } },
  DeleteObject: {
    input: { headers: { ...OWNER_CHECK, IfMatch: 'if-match' }, query: { VersionId: 'versionId' } },
    output: { status: 204, headers: { DeleteMarker: ['x-amz-delete-marker', 'boolean'], VersionId: 'x-amz-version-id' } },
  },
  DeleteObjects: {
    input: xmlIn('Delete', 'Delete', shapes.Delete),
    output: { body: { root: 'DeleteResult', shape: shapes.DeleteResult } },
  },
  CopyObject: {
    input: {
      headers: {
        ...OWNER_CHECK,
        ...ENTITY,
        ...SSE,
        CopySource: 'x-amz-copy-source',
        CopySourceIfMatch: 'x-amz-copy-source-if-match',
        CopySourceIfNoneMatch: 'x-amz-copy-source-if-none-match',
        CopySourceIfModifiedSince: ['x-amz-copy-source-if-modified-since', 'timestamp'],
        CopySourceIfUnmodifiedSince: ['x-amz-copy-source-if-unmodified-since', 'timestamp'],
        MetadataDirective: 'x-amz-metadata-directive',
        TaggingDirective: 'x-amz-tagging-directive',
        Tagging: 'x-amz-tagging',
        StorageClass: 'x-amz-storage-class',
        ChecksumAlgorithm: 'x-amz-checksum-algorithm',
        ACL: 'x-amz-acl',
      },
      prefixHeaders: METADATA,
    },
    output: {
      headers: { VersionId: 'x-amz-version-id', CopySourceVersionId: 'x-amz-copy-source-version-id', ...SSE },
      body: { member: 'CopyObjectResult', root: 'CopyObjectResult', shape: shapes.CopyObjectResult },
    },
  },
  ListObjectsV2: {
    input: {
      headers: OWNER_CHECK,
      query: { ...LIST_QUERY, ContinuationToken: 'continuation-token', FetchOwner: ['fetch-owner', 'boolean'], StartAfter: 'start-after' },
    },
    output: { body: { root: 'ListBucketResult', shape: shapes.ListBucketResult } },
  },
  ListObjects: {
    input: { headers: OWNER_CHECK, query: { ...LIST_QUERY, Marker: 'marker' } },
    output: { body: { root: 'ListBucketResult', shape: shapes.ListBucketResult } },
  },
  ListObjectVersions: {
    input: { headers: OWNER_CHECK, query: { ...LIST_QUERY, KeyMarker: 'key-marker', VersionIdMarker: 'version-id-marker' } },
    output: { body: { root: 'ListVersionsResult', shape: shapes.ListVersionsResult } },
  },

  CreateMultipartUpload: {
    input: {
      headers: {
        ...OWNER_CHECK,
        ...ENTITY,
        ...SSE,
        StorageClass: 'x-amz-storage-class',
        Tagging: 'x-amz-tagging',
        ChecksumAlgorithm: 'x-amz-checksum-algorithm',
        ChecksumType: 'x-amz-checksum-type',
        ACL: 'x-amz-acl',
      },
      prefixHeaders: METADATA,
    },
    output: {
      headers: { ...SSE, ChecksumAlgorithm: 'x-amz-checksum-algorithm', ChecksumType: 'x-amz-checksum-type' },
      body: { root: 'InitiateMultipartUploadResult', shape: shapes.InitiateMultipartUploadResult },
    },
  },
  UploadPart: {
    input: {
      headers: {
        ...OWNER_CHECK,
        ...CHECKSUMS,
        ContentLength: ['content-length', 'integer'],
        ContentMD5: 'content-md5',
        ChecksumAlgorithm: 'x-amz-sdk-checksum-algorithm',
      },
      query: { PartNumber: ['partNumber', 'integer'], UploadId: 'uploadId' },
      body: { member: 'Body', raw: 'blob' },
    },
    output: { headers: { ETag: 'etag', ...CHECKSUMS, ...SSE } },
  },
  UploadPartCopy: {
    input: {
      headers: {
        ...OWNER_CHECK,
        CopySource: 'x-amz-copy-source',
        CopySourceRange: 'x-amz-copy-source-range',
        CopySourceIfMatch: 'x-amz-copy-source-if-match',
        CopySourceIfNoneMatch: 'x-amz-copy-source-if-none-match',
      },
      query: { PartNumber: ['partNumber', 'integer'], UploadId: 'uploadId' },
    },
    output: {
      headers: { CopySourceVersionId: 'x-amz-copy-source-version-id', ...SSE },
      body: { member: 'CopyPartResult', root: 'CopyPartResult', shape: shapes.CopyPartResult },
    },
  },
  CompleteMultipartUpload: {
    input: {
      headers: {
        ...OWNER_CHECK,
        ...CHECKSUMS,
        ChecksumType: 'x-amz-checksum-type',
        MpuObjectSize: ['x-amz-mp-object-size', 'integer'],
        IfMatch: 'if-match',
        IfNoneMatch: 'if-none-match',
      },
      query: { UploadId: 'uploadId' },
      body: { member: 'MultipartUpload', root: 'CompleteMultipartUpload', shape: shapes.CompleteMultipartUpload },
    },
    output: {
      headers: { VersionId: 'x-amz-version-id', ...SSE },
      body: { root: 'CompleteMultipartUploadResult', shape: shapes.CompleteMultipartUploadResult },
    },
  },
  AbortMultipartUpload: { input: { headers: OWNER_CHECK, query: { UploadId: 'uploadId' } }, output: NO_CONTENT },
  ListParts: {
    input: { headers: OWNER_CHECK, query: { UploadId: 'uploadId', MaxParts: ['max-parts', 'integer'], PartNumberMarker: 'part-number-marker' } },
    output: { body: { root: 'ListPartsResult', shape: shapes.ListPartsResult } },
  },
  ListMultipartUploads: {
    input: {
      headers: OWNER_CHECK,
      query: {
        Delimiter: 'delimiter',
        EncodingType: 'encoding-type',
        KeyMarker: 'key-marker',
        MaxUploads: ['max-uploads', 'integer'],
        Prefix: 'prefix',
        UploadIdMarker: 'upload-id-marker',
      },
    },
    output: { body: { root: 'ListMultipartUploadsResult', shape: shapes.ListMultipartUploadsResult } },
  },

  PutObjectTagging: {
    input: { ...xmlIn('Tagging', 'Tagging', shapes.Tagging), query: { VersionId: 'versionId' } },
    output: { headers: { VersionId: 'x-amz-version-id' } },
  },
  GetObjectTagging: {
    input: { headers: OWNER_CHECK, query: { VersionId: 'versionId' } },
    output: { headers: { VersionId: 'x-amz-version-id' }, body: { root: 'Tagging', shape: shapes.Tagging } },
  },
  DeleteObjectTagging: {
    input: { headers: OWNER_CHECK, query: { VersionId: 'versionId' } },
    output: { status: 204, headers: { VersionId: 'x-amz-version-id' } },
  },
};
