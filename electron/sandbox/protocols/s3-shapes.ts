import { attribute, flat, list, named, struct, type Shape } from './xml-shapes';

/** XML body shapes of the S3 operations the sandbox serves (member order as in S3's model). */

const ChecksumMembers = {
  ChecksumCRC32: 'string',
  ChecksumCRC32C: 'string',
  ChecksumCRC64NVME: 'string',
  ChecksumSHA1: 'string',
  ChecksumSHA256: 'string',
} as const satisfies Record<string, Shape>;

export const Owner = struct({ DisplayName: 'string', ID: 'string' });
const Tag = struct({ Key: 'string', Value: 'string' });
const TagSet = list(Tag, 'Tag');
const CommonPrefix = struct({ Prefix: 'string' });
const RestoreStatus = struct({ IsRestoreInProgress: 'boolean', RestoreExpiryDate: 'timestamp' });

export const Tagging = struct({ TagSet });

const Grantee = struct(
  { DisplayName: 'string', EmailAddress: 'string', ID: 'string', Type: attribute('xsi:type'), URI: 'string' },
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
);

export const AccessControlPolicy = struct({
  Owner,
  Grants: named(list(struct({ Grantee, Permission: 'string' }), 'Grant'), 'AccessControlList'),
});

export const PolicyStatus = struct({ IsPublic: 'boolean' });

export const OwnershipControls = struct({ Rules: flat(struct({ ObjectOwnership: 'string' }), 'Rule') });

export const ListAllMyBucketsResult = struct({
  Owner,
  Buckets: list(struct({ Name: 'string', CreationDate: 'timestamp', BucketRegion: 'string', BucketArn: 'string' }), 'Bucket'),
  ContinuationToken: 'string',
  Prefix: 'string',
});

export const CreateBucketConfiguration = struct({
  LocationConstraint: 'string',
  Location: struct({ Type: 'string', Name: 'string' }),
  Bucket: struct({ DataRedundancy: 'string', Type: 'string' }),
  Tags: list(Tag, 'Tag'),
});

export const VersioningConfiguration = struct({ MFADelete: named('string', 'MfaDelete'), Status: 'string' });

export const ServerSideEncryptionConfiguration = struct({
  Rules: flat(
    struct({
      ApplyServerSideEncryptionByDefault: struct({ SSEAlgorithm: 'string', KMSMasterKeyID: 'string' }),
      BucketKeyEnabled: 'boolean',
    }),
    'Rule',
  ),
});

export const PublicAccessBlockConfiguration = struct({
  BlockPublicAcls: 'boolean',
  IgnorePublicAcls: 'boolean',
  BlockPublicPolicy: 'boolean',
  RestrictPublicBuckets: 'boolean',
});

export const BucketLoggingStatus = struct({
  LoggingEnabled: struct({
    TargetBucket: 'string',
    TargetPrefix: 'string',
    TargetObjectKeyFormat: struct({
      SimplePrefix: struct({}),
      PartitionedPrefix: struct({ PartitionDateSource: 'string' }),
    }),
  }),
});

const LifecycleFilter = struct({
  Prefix: 'string',
  Tag,
  ObjectSizeGreaterThan: 'integer',
  ObjectSizeLessThan: 'integer',
  And: struct({ Prefix: 'string', Tags: flat(Tag, 'Tag'), ObjectSizeGreaterThan: 'integer', ObjectSizeLessThan: 'integer' }),
});

export const LifecycleConfiguration = struct({
  Rules: flat(
    struct({
      Expiration: struct({ Date: 'timestamp', Days: 'integer', ExpiredObjectDeleteMarker: 'boolean' }),
      ID: 'string',
      Prefix: 'string',
      Filter: LifecycleFilter,
      Status: 'string',
      Transitions: flat(struct({ Date: 'timestamp', Days: 'integer', StorageClass: 'string' }), 'Transition'),
      NoncurrentVersionTransitions: flat(
        struct({ NoncurrentDays: 'integer', StorageClass: 'string', NewerNoncurrentVersions: 'integer' }),
        'NoncurrentVersionTransition',
      ),
      NoncurrentVersionExpiration: struct({ NoncurrentDays: 'integer', NewerNoncurrentVersions: 'integer' }),
      AbortIncompleteMultipartUpload: struct({ DaysAfterInitiation: 'integer' }),
    }),
    'Rule',
  ),
});

const ObjectEntry = struct({
  Key: 'string',
  LastModified: 'timestamp',
  ETag: 'string',
  ChecksumAlgorithm: flat('string', 'ChecksumAlgorithm'),
  ChecksumType: 'string',
  Size: 'integer',
  StorageClass: 'string',
  Owner,
  RestoreStatus,
});

export const ListBucketResult = struct({
  IsTruncated: 'boolean',
  Marker: 'string',
  NextMarker: 'string',
  Contents: flat(ObjectEntry, 'Contents'),
  Name: 'string',
  Prefix: 'string',
  Delimiter: 'string',
  MaxKeys: 'integer',
  CommonPrefixes: flat(CommonPrefix, 'CommonPrefixes'),
  EncodingType: 'string',
  KeyCount: 'integer',
  ContinuationToken: 'string',
  NextContinuationToken: 'string',
  StartAfter: 'string',
});

export const ListVersionsResult = struct({
  IsTruncated: 'boolean',
  KeyMarker: 'string',
  VersionIdMarker: 'string',
  NextKeyMarker: 'string',
  NextVersionIdMarker: 'string',
  Versions: flat(
    struct({
      ETag: 'string',
      ChecksumAlgorithm: flat('string', 'ChecksumAlgorithm'),
      ChecksumType: 'string',
      Size: 'integer',
      StorageClass: 'string',
      Key: 'string',
      VersionId: 'string',
      IsLatest: 'boolean',
      LastModified: 'timestamp',
      Owner,
    }),
    'Version',
  ),
  DeleteMarkers: flat(
    struct({ Owner, Key: 'string', VersionId: 'string', IsLatest: 'boolean', LastModified: 'timestamp' }),
    'DeleteMarker',
  ),
  Name: 'string',
  Prefix: 'string',
  Delimiter: 'string',
  MaxKeys: 'integer',
  CommonPrefixes: flat(CommonPrefix, 'CommonPrefixes'),
  EncodingType: 'string',
});

export const Delete = struct({
  Objects: flat(struct({ Key: 'string', VersionId: 'string', ETag: 'string' }), 'Object'),
  Quiet: 'boolean',
});

export const DeleteResult = struct({
  Deleted: flat(struct({ Key: 'string', VersionId: 'string', DeleteMarker: 'boolean', DeleteMarkerVersionId: 'string' }), 'Deleted'),
  Errors: flat(struct({ Key: 'string', VersionId: 'string', Code: 'string', Message: 'string' }), 'Error'),
});

export const CopyObjectResult = struct({ ETag: 'string', LastModified: 'timestamp', ChecksumType: 'string', ...ChecksumMembers });
export const CopyPartResult = struct({ ETag: 'string', LastModified: 'timestamp', ...ChecksumMembers });

export const InitiateMultipartUploadResult = struct({ Bucket: 'string', Key: 'string', UploadId: 'string' });

export const CompleteMultipartUpload = struct({
  Parts: flat(struct({ ETag: 'string', ...ChecksumMembers, PartNumber: 'integer' }), 'Part'),
});

export const CompleteMultipartUploadResult = struct({
  Location: 'string',
  Bucket: 'string',
  Key: 'string',
  ETag: 'string',
  ...ChecksumMembers,
  ChecksumType: 'string',
});

const Initiator = struct({ ID: 'string', DisplayName: 'string' });

export const ListPartsResult = struct({
  Bucket: 'string',
  Key: 'string',
  UploadId: 'string',
  PartNumberMarker: 'integer',
  NextPartNumberMarker: 'integer',
  MaxParts: 'integer',
  IsTruncated: 'boolean',
  Parts: flat(struct({ PartNumber: 'integer', LastModified: 'timestamp', ETag: 'string', Size: 'integer', ...ChecksumMembers }), 'Part'),
  Initiator,
  Owner,
  StorageClass: 'string',
  ChecksumAlgorithm: 'string',
  ChecksumType: 'string',
});

export const ListMultipartUploadsResult = struct({
  Bucket: 'string',
  KeyMarker: 'string',
  UploadIdMarker: 'string',
  NextKeyMarker: 'string',
  Prefix: 'string',
  Delimiter: 'string',
  NextUploadIdMarker: 'string',
  MaxUploads: 'integer',
  IsTruncated: 'boolean',
  Uploads: flat(
    struct({
      UploadId: 'string',
      Key: 'string',
      Initiated: 'timestamp',
      StorageClass: 'string',
      Owner,
      Initiator,
      ChecksumAlgorithm: 'string',
      ChecksumType: 'string',
    }),
    'Upload',
  ),
  CommonPrefixes: flat(CommonPrefix, 'CommonPrefixes'),
  EncodingType: 'string',
});

export const CORSConfiguration = struct({
  CORSRules: flat(
    struct({
      ID: 'string',
      AllowedHeaders: flat('string', 'AllowedHeader'),
      AllowedMethods: flat('string', 'AllowedMethod'),
      AllowedOrigins: flat('string', 'AllowedOrigin'),
      ExposeHeaders: flat('string', 'ExposeHeader'),
      MaxAgeSeconds: 'integer',
    }),
    'CORSRule',
  ),
});

const Status = struct({ Status: 'string' });

export const ReplicationConfiguration = struct({
  Role: 'string',
  Rules: flat(
    struct({
      ID: 'string',
      Priority: 'integer',
      Prefix: 'string',
      Filter: struct({ Prefix: 'string', Tag, And: struct({ Prefix: 'string', Tags: flat(Tag, 'Tag') }) }),
      Status: 'string',
      SourceSelectionCriteria: struct({ SseKmsEncryptedObjects: Status, ReplicaModifications: Status }),
      ExistingObjectReplication: Status,
      Destination: struct({
        Bucket: 'string',
        Account: 'string',
        StorageClass: 'string',
        AccessControlTranslation: struct({ Owner: 'string' }),
        EncryptionConfiguration: struct({ ReplicaKmsKeyID: 'string' }),
        ReplicationTime: struct({ Status: 'string', Time: struct({ Minutes: 'integer' }) }),
        Metrics: struct({ Status: 'string', EventThreshold: struct({ Minutes: 'integer' }) }),
      }),
      DeleteMarkerReplication: Status,
    }),
    'Rule',
  ),
});

export const ObjectLockConfiguration = struct({
  ObjectLockEnabled: 'string',
  Rule: struct({ DefaultRetention: struct({ Mode: 'string', Days: 'integer', Years: 'integer' }) }),
});

export const GetObjectAttributesResponse = struct({
  ETag: 'string',
  Checksum: struct({ ...ChecksumMembers, ChecksumType: 'string' }),
  ObjectParts: struct({
    TotalPartsCount: named('integer', 'PartsCount'),
    PartNumberMarker: 'integer',
    NextPartNumberMarker: 'integer',
    MaxParts: 'integer',
    IsTruncated: 'boolean',
    Parts: flat(struct({ PartNumber: 'integer', Size: 'integer', ...ChecksumMembers }), 'Part'),
  }),
  StorageClass: 'string',
  ObjectSize: 'integer',
});
