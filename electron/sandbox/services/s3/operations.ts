import type { OperationHandler } from '../../types';
import * as acl from './acl';
import * as buckets from './buckets';
import * as config from './bucket-config';
import * as cors from './cors';
import * as security from './bucket-security';
import type { Handler, S3Env } from './context';
import * as listing from './listing';
import * as multipart from './multipart';
import * as multipartListing from './multipart-listing';
import * as attributes from './object-attributes';
import * as objectLock from './object-lock';
import * as read from './object-read';
import * as replication from './replication';
import * as tagging from './object-tagging';
import * as write from './object-write';

/** Every S3 operation the sandbox serves, by its API name. */
const HANDLERS = {
  ListBuckets: buckets.listBuckets,
  CreateBucket: buckets.createBucket,
  DeleteBucket: buckets.deleteBucket,
  HeadBucket: buckets.headBucket,
  GetBucketLocation: buckets.getBucketLocation,
  PutBucketVersioning: config.putBucketVersioning,
  GetBucketVersioning: config.getBucketVersioning,
  PutBucketEncryption: security.putBucketEncryption,
  GetBucketEncryption: security.getBucketEncryption,
  DeleteBucketEncryption: security.deleteBucketEncryption,
  PutPublicAccessBlock: security.putPublicAccessBlock,
  GetPublicAccessBlock: security.getPublicAccessBlock,
  DeletePublicAccessBlock: security.deletePublicAccessBlock,
  PutBucketLogging: config.putBucketLogging,
  GetBucketLogging: config.getBucketLogging,
  PutBucketTagging: config.putBucketTagging,
  GetBucketTagging: config.getBucketTagging,
  DeleteBucketTagging: config.deleteBucketTagging,
  PutBucketPolicy: security.putBucketPolicy,
  GetBucketPolicy: security.getBucketPolicy,
  DeleteBucketPolicy: security.deleteBucketPolicy,
  GetBucketAcl: acl.getBucketAcl,
  PutBucketAcl: acl.putBucketAcl,
  GetObjectAcl: acl.getObjectAcl,
  GetBucketPolicyStatus: security.getBucketPolicyStatus,
  PutBucketOwnershipControls: security.putBucketOwnershipControls,
  GetBucketOwnershipControls: security.getBucketOwnershipControls,
  DeleteBucketOwnershipControls: security.deleteBucketOwnershipControls,
  PutBucketLifecycleConfiguration: config.putBucketLifecycleConfiguration,
  GetBucketLifecycleConfiguration: config.getBucketLifecycleConfiguration,
  DeleteBucketLifecycle: config.deleteBucketLifecycle,
  PutBucketCors: cors.putBucketCors,
  GetBucketCors: cors.getBucketCors,
  DeleteBucketCors: cors.deleteBucketCors,
  PutBucketReplication: replication.putBucketReplication,
  GetBucketReplication: replication.getBucketReplication,
  DeleteBucketReplication: replication.deleteBucketReplication,
  PutObjectLockConfiguration: objectLock.putObjectLockConfiguration,
  GetObjectLockConfiguration: objectLock.getObjectLockConfiguration,
  PutObject: write.putObject,
  GetObject: read.getObject,
  HeadObject: read.headObject,
  GetObjectAttributes: attributes.getObjectAttributes,
  DeleteObject: write.deleteObject,
  DeleteObjects: write.deleteObjects,
  CopyObject: write.copyObject,
  ListObjectsV2: listing.listObjectsV2,
  ListObjects: listing.listObjects,
  ListObjectVersions: listing.listObjectVersions,
  CreateMultipartUpload: multipart.createMultipartUpload,
  UploadPart: multipart.uploadPart,
  UploadPartCopy: multipart.uploadPartCopy,
  CompleteMultipartUpload: multipart.completeMultipartUpload,
  AbortMultipartUpload: multipart.abortMultipartUpload,
  ListParts: multipartListing.listParts,
  ListMultipartUploads: multipartListing.listMultipartUploads,
  PutObjectTagging: tagging.putObjectTagging,
  GetObjectTagging: tagging.getObjectTagging,
  DeleteObjectTagging: tagging.deleteObjectTagging,
} satisfies Record<string, Handler<never, unknown>>;

export const S3_OPERATION_NAMES = Object.keys(HANDLERS);

/**
 * Binds the typed handlers to one state. The protocol layer builds each input from S3's HTTP
 * bindings, which are the same shapes the SDK types describe, hence the single cast here.
 */
export function bindOperations(env: S3Env): Record<string, OperationHandler> {
  return Object.fromEntries(
    Object.entries(HANDLERS).map(([name, handler]) => [
      name,
      ((input, ctx) => (handler as Handler<Record<string, unknown>, unknown>)(env, input, ctx)) satisfies OperationHandler,
    ]),
  );
}
