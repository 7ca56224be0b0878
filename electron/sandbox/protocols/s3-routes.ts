import { AwsError } from '../types';

/**
 * S3's REST routing: the operation follows from the method, whether the path names a bucket
 * and a key, and which subresource appears in the query string (`?versioning`, `?uploads`...).
 */
type MethodTable = Partial<Record<string, string>>;

const BUCKET_SUBRESOURCES: Record<string, MethodTable> = {
  versioning: { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' },
  encryption: { GET: 'GetBucketEncryption', PUT: 'PutBucketEncryption', DELETE: 'DeleteBucketEncryption' },
  publicAccessBlock: { GET: 'GetPublicAccessBlock', PUT: 'PutPublicAccessBlock', DELETE: 'DeletePublicAccessBlock' },
  logging: { GET: 'GetBucketLogging', PUT: 'PutBucketLogging' },
  tagging: { GET: 'GetBucketTagging', PUT: 'PutBucketTagging', DELETE: 'DeleteBucketTagging' },
  policy: { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' },
  lifecycle: { GET: 'GetBucketLifecycleConfiguration', PUT: 'PutBucketLifecycleConfiguration', DELETE: 'DeleteBucketLifecycle' },
  location: { GET: 'GetBucketLocation' },
  acl: { GET: 'GetBucketAcl', PUT: 'PutBucketAcl' },
  policyStatus: { GET: 'GetBucketPolicyStatus' },
  cors: { GET: 'GetBucketCors', PUT: 'PutBucketCors', DELETE: 'DeleteBucketCors' },
  replication: { GET: 'GetBucketReplication', PUT: 'PutBucketReplication', DELETE: 'DeleteBucketReplication' },
  'object-lock': { GET: 'GetObjectLockConfiguration', PUT: 'PutObjectLockConfiguration' },
  ownershipControls: { GET: 'GetBucketOwnershipControls', PUT: 'PutBucketOwnershipControls', DELETE: 'DeleteBucketOwnershipControls' },
  uploads: { GET: 'ListMultipartUploads' },
  versions: { GET: 'ListObjectVersions' },
  delete: { POST: 'DeleteObjects' },
};

const OBJECT_SUBRESOURCES: Record<string, MethodTable> = {
  uploads: { POST: 'CreateMultipartUpload' },
  tagging: { GET: 'GetObjectTagging', PUT: 'PutObjectTagging', DELETE: 'DeleteObjectTagging' },
  acl: { GET: 'GetObjectAcl' },
  attributes: { GET: 'GetObjectAttributes' },
};

/** Subresources S3 has but the sandbox does not serve: answered as such, never misrouted to a list. */
const UNSUPPORTED_SUBRESOURCES = [
  'accelerate', 'analytics', 'intelligent-tiering', 'inventory', 'legal-hold',
  'metadataConfiguration', 'metadataTable', 'metrics', 'notification', 'requestPayment', 'restore', 'retention', 'select', 'session', 'torrent', 'website',
];

const methodNotAllowed = (method: string, resourceType: string) =>
  new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, 'Sender', {
    Method: method,
    ResourceType: resourceType,
  });

function bySubresource(table: Record<string, MethodTable>, query: URLSearchParams, method: string, resourceType: string) {
  for (const [name, methods] of Object.entries(table)) {
    if (!query.has(name)) continue;
    const operation = methods[method];
    if (!operation) throw methodNotAllowed(method, resourceType);
    return operation;
  }
  const unsupported = UNSUPPORTED_SUBRESOURCES.find((name) => query.has(name));
  if (unsupported) {
    throw new AwsError('NotImplemented', `The sandbox does not implement the ?${unsupported} subresource.`, 501, 'Receiver', {
      Header: unsupported,
    });
  }
  return undefined;
}

export function routeS3(
  method: string,
  bucket: string | undefined,
  key: string | undefined,
  query: URLSearchParams,
  headers: Record<string, string>,
): string {
  if (bucket === undefined) {
    if (method === 'GET') return 'ListBuckets';
    throw methodNotAllowed(method, 'SERVICE');
  }
  if (key === undefined) {
    const sub = bySubresource(BUCKET_SUBRESOURCES, query, method, 'BUCKET');
    if (sub) return sub;
    switch (method) {
      case 'GET':
        return query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
      case 'PUT':
        return 'CreateBucket';
      case 'DELETE':
        return 'DeleteBucket';
      case 'HEAD':
        return 'HeadBucket';
      default:
        throw methodNotAllowed(method, 'BUCKET');
    }
  }
  if (query.has('uploadId')) {
    switch (method) {
      case 'PUT':
        return headers['x-amz-copy-source'] ? 'UploadPartCopy' : 'UploadPart';
      case 'GET':
        return 'ListParts';
      case 'POST':
        return 'CompleteMultipartUpload';
      case 'DELETE':
        return 'AbortMultipartUpload';
      default:
        throw methodNotAllowed(method, 'OBJECT');
    }
  }
  const sub = bySubresource(OBJECT_SUBRESOURCES, query, method, 'OBJECT');
  if (sub) return sub;
  switch (method) {
    case 'PUT':
      return headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
    case 'GET':
      return 'GetObject';
    case 'HEAD':
      return 'HeadObject';
    case 'DELETE':
      return 'DeleteObject';
    default:
      throw methodNotAllowed(method, 'OBJECT');
  }
}
