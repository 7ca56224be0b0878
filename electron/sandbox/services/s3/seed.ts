import { createHash } from 'node:crypto';
import { checksumBase64 } from './checksums';
import { demoS3Keys } from '../sagemaker/seed/demo-runs';
import { customersCsv, evaluationJson, modelArchive, PREPROCESS_PY, splitCsv, TRAIN_PY, usageCsv } from './demo-data';
import type { Bucket, S3State } from './state';
import { addVersion, quotedMd5 } from './versions';

/** The demo seed: the churn pipeline's data bucket and the bucket its access logs go to. */

export const DEMO_DATA_BUCKET = 'sagedeck-demo-churn-data';
export const DEMO_LOGS_BUCKET = 'sagedeck-demo-access-logs';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * The SageMaker demo's nightly preprocessing job of nine days ago fails on line 1843 of that day's
 * usage file (see sagemaker/seed/demo-processing.ts); the file really has the defect.
 */
const FAILED_PREPROCESSING_DAYS_AGO = 9;
const FAILED_LINE = 1843;

/** `churn-xgb-2026-01-05-0930-001` -> when that training job was created. */
function jobCreatedAt(key: string): number | undefined {
  const match = /churn-xgb-(\d{4}-\d\d-\d\d)-(\d\d)(\d\d)-\d+/.exec(key);
  return match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`) : undefined;
}

const FULL_BLOCK = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

function emptyBucket(name: string, where: { accountId: string; region: string }, created: number): Bucket {
  return { name, region: where.region, accountId: where.accountId, created, ownership: 'BucketOwnerEnforced', objects: new Map(), uploads: new Map() };
}

/** Stable, opaque-looking version ids, so the demo's versions are the same on every run. */
const demoVersionId = (key: string, n: number) => createHash('sha256').update(`${key}#${n}`).digest('base64url').slice(0, 32);

function put(bucket: Bucket, key: string, body: string | Buffer, at: number, contentType: string, versionNumber = 1) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const kms = bucket.encryption?.[0]?.ApplyServerSideEncryptionByDefault;
  addVersion(
    bucket,
    {
      key,
      deleteMarker: false,
      lastModified: at,
      body: bytes,
      etag: quotedMd5(bytes),
      entity: { ContentType: contentType },
      metadata: { 'uploaded-by': 'sagedeck-demo-seed' },
      encryption:
        kms?.SSEAlgorithm === 'aws:kms'
          ? { algorithm: 'aws:kms', kmsKeyId: kms.KMSMasterKeyID, bucketKeyEnabled: bucket.encryption?.[0]?.BucketKeyEnabled ?? false }
          : { algorithm: 'AES256' },
      checksum: { algorithm: 'CRC32', value: checksumBase64('CRC32', bytes), type: 'FULL_OBJECT' },
      tags: [],
      storageClass: 'STANDARD',
    },
    bucket.versioning === 'Enabled' ? demoVersionId(key, versionNumber) : undefined,
  );
}

export function seedDemo(state: S3State, where: { accountId: string; region: string; now: number }) {
  const { now } = where;
  const logs = emptyBucket(DEMO_LOGS_BUCKET, where, now - 120 * DAY);
  logs.encryption = [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }];
  logs.publicAccessBlock = { ...FULL_BLOCK };
  logs.tags = [
    { Key: 'project', Value: 'churn' },
    { Key: 'cost-center', Value: 'ml-platform' },
  ];

  const data = emptyBucket(DEMO_DATA_BUCKET, where, now - 90 * DAY);
  data.versioning = 'Enabled';
  data.encryption = [
    {
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:${where.region}:${where.accountId}:alias/sagedeck-demo-data` },
      BucketKeyEnabled: true,
    },
  ];
  data.publicAccessBlock = { ...FULL_BLOCK };
  data.logging = { TargetBucket: DEMO_LOGS_BUCKET, TargetPrefix: 'churn-data/' };
  data.tags = [
    { Key: 'project', Value: 'churn' },
    { Key: 'cost-center', Value: 'ml-platform' },
  ];
  data.policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${DEMO_DATA_BUCKET}`, `arn:aws:s3:::${DEMO_DATA_BUCKET}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
  data.lifecycle = [
    { ID: 'expire-noncurrent-versions', Filter: { Prefix: '' }, Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 90 } },
  ];

  for (const version of [1, 2, 3]) put(data, 'raw/customers.csv', customersCsv(version), now - (40 - version * 10) * DAY, 'text/csv', version);
  // The objects the SageMaker demo's jobs read and write, with the keys it uses.
  const keys = demoS3Keys(now);
  const failedDay = new Date(now - (now % DAY) - FAILED_PREPROCESSING_DAYS_AGO * DAY).toISOString().slice(0, 10);
  keys.usageFiles.forEach((key, i) => {
    const date = key.slice('raw/usage/'.length, -'.csv'.length);
    // Exported shortly after midnight, before the 02:00 preprocessing run reads it.
    const exportedAt = Date.parse(`${date}T00:40:00Z`);
    put(data, key, usageCsv(date, 200 + i, date === failedDay ? FAILED_LINE : undefined), exportedAt, 'text/csv');
  });
  for (const split of ['train', 'validation', 'test'] as const) {
    for (const version of [1, 2]) {
      put(data, `processed/${split}/${split}.csv`, splitCsv(split, version), now - (12 - version * 4) * DAY, 'text/csv', version);
    }
  }
  put(data, 'code/preprocess.py', PREPROCESS_PY, now - 30 * DAY, 'text/x-python');
  put(data, 'code/train.py', TRAIN_PY, now - 30 * DAY, 'text/x-python');
  for (const key of keys.modelArtifacts) {
    const job = key.split('/')[1] ?? key;
    const at = (jobCreatedAt(key) ?? now - DAY) + HOUR;
    put(data, key, modelArchive(job, at / 1000), at, 'application/x-tar');
  }
  for (const key of keys.evaluations) {
    const job = key.split('/')[1] ?? key;
    const at = (jobCreatedAt(key) ?? now - DAY) + 2 * HOUR;
    put(data, key, evaluationJson(job, at), at, 'application/json');
  }

  state.buckets.set(logs.name, logs);
  state.buckets.set(data.name, data);
}
