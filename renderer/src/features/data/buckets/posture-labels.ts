import type { PostureCheck, PostureFix, PostureStatus } from '../../../../../shared/domain/data';

export const CHECK_LABELS: Record<PostureCheck, string> = {
  versioning: 'Versioning',
  encryption: 'Encryption',
  publicAccessBlock: 'Public access block',
  bucketPolicy: 'Bucket policy',
  ownership: 'Ownership',
  logging: 'Logging',
  lifecycle: 'Lifecycle',
  replication: 'Replication',
  objectLock: 'Object lock',
  tags: 'Tags',
};

/** State in words and a glyph, never colour alone. */
export const STATUS_TEXT: Record<PostureStatus, { word: string; glyph: string }> = {
  pass: { word: 'pass', glyph: '✓' },
  warn: { word: 'warning', glyph: '!' },
  unknown: { word: 'unknown', glyph: '?' },
};

export const FIX_LABELS: Record<PostureFix, string> = {
  enableVersioning: 'Enable versioning',
  enableEncryption: 'Enable default encryption (SSE-S3)',
  blockPublicAccess: 'Block all public access',
  requireHttps: 'Require HTTPS in the bucket policy',
  enforceBucketOwner: 'Disable ACLs (bucket owner enforced)',
  enableLogging: 'Turn on server access logging',
};
