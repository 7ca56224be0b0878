import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketLoggingCommand,
  PutBucketPolicyCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3';
import type { BucketDetail, PostureCheck, PostureFinding } from '../../../shared/domain/data';
import type { JournalEntry } from '../../../shared/domain/journal';
import { startJobsWorld, type JobsWorld } from '../jobs/jobs-harness';

export const LOGS = 'sagedeck-test-access-logs';

export interface DataWorld extends JobsWorld {
  /** PutObject through the sandbox's own client (as another tool would); answers the new version id. */
  put(bucket: string, key: string, body: string, extra?: Partial<PutObjectCommandInput>): Promise<string | undefined>;
  /** Moves the sandbox clock on, so the next write is later than the last (S3 lists whole seconds). */
  later(ms?: number): void;
  describe(bucket: string): Promise<BucketDetail>;
  journal(channel: string): Promise<JournalEntry[]>;
}

/** The finding of one check; fails the test when the detail has none. */
export function finding(detail: { findings: PostureFinding[] }, check: PostureCheck): PostureFinding {
  const found = detail.findings.find((f) => f.check === check);
  if (!found) throw new Error(`no ${check} finding in ${JSON.stringify(detail.findings)}`);
  return found;
}

/** A core on an empty sandbox (manual clock) with a log bucket to send access logs to. */
export async function startDataWorld(): Promise<DataWorld> {
  const world = await startJobsWorld();
  await world.s3.send(new CreateBucketCommand({ Bucket: LOGS }));
  return {
    ...world,
    async put(bucket, key, body, extra = {}) {
      return (await world.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ...extra }))).VersionId;
    },
    later(ms = 60_000) {
      world.clock.advance(ms);
    },
    describe: (bucket) => world.ok<BucketDetail>('buckets.describe', { bucket }),
    journal: (channel) => world.ok<JournalEntry[]>('journal.list', { channel }),
  };
}

/** A bucket set up by hand the way a careful team would: every security check passes. */
export async function secureBucket(world: DataWorld, name: string): Promise<void> {
  await world.s3.send(new CreateBucketCommand({ Bucket: name, ObjectOwnership: 'BucketOwnerEnforced' }));
  await world.s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
  await world.s3.send(
    new PutBucketEncryptionCommand({
      Bucket: name,
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/team-data' },
            BucketKeyEnabled: true,
          },
        ],
      },
    }),
  );
  await world.s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: name,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
  await world.s3.send(
    new PutBucketPolicyCommand({
      Bucket: name,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'TlsOnly',
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
            Condition: { Bool: { 'aws:SecureTransport': false } },
          },
        ],
      }),
    }),
  );
  await world.s3.send(
    new PutBucketLoggingCommand({
      Bucket: name,
      BucketLoggingStatus: { LoggingEnabled: { TargetBucket: LOGS, TargetPrefix: `${name}/` } },
    }),
  );
  await world.s3.send(
    new PutBucketTaggingCommand({ Bucket: name, Tagging: { TagSet: [{ Key: 'team', Value: 'ml' }] } }),
  );
}

/** A bucket as an old script left it: unversioned, no public access block, ACLs on, no policy, no logs. */
export async function insecureBucket(world: DataWorld, name: string): Promise<void> {
  await world.s3.send(new CreateBucketCommand({ Bucket: name, ObjectOwnership: 'ObjectWriter' }));
}

/** A versioned bucket without further settings, for browsing and restores. */
export async function versionedBucket(world: DataWorld, name: string): Promise<void> {
  await world.s3.send(new CreateBucketCommand({ Bucket: name }));
  await world.s3.send(new PutBucketVersioningCommand({ Bucket: name, VersioningConfiguration: { Status: 'Enabled' } }));
}
