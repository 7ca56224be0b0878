import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { BucketPostureDetail } from '../../../../../shared/domain/data';
import type { PostureSettings, PublicGrants, Reading, VersioningSetting } from './posture-settings';
import { accessDenied, bucketNotFound, noSuchBucket, s3Code, s3OperationMissing } from './s3-errors';

/** S3's answers meaning "this bucket has none": facts about the bucket, not failures. */
const NOT_CONFIGURED = new Set([
  'NoSuchPublicAccessBlockConfiguration',
  'ServerSideEncryptionConfigurationNotFoundError',
  'NoSuchBucketPolicy',
  'OwnershipControlsNotFoundError',
  'NoSuchLifecycleConfiguration',
  'ReplicationConfigurationNotFoundError',
  'ObjectLockConfigurationNotFoundError',
  'NoSuchTagSet',
]);

const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
};

const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'] as const;

export type Runner = <T>(task: () => Promise<T>) => Promise<T>;

class BucketMissing extends Error {}

interface ReadSpec<T> {
  operation: string;
  /** The permission a refusal lacks: IAM's names differ (GetBucketEncryption needs s3:GetEncryptionConfiguration). */
  iamAction: string;
  call: () => Promise<T>;
  /** What S3's "not configured" answer means for this setting; without it that answer is a failure. */
  absent?: { value: T };
}

async function reading<T>(run: Runner, spec: ReadSpec<T>): Promise<Reading<T>> {
  try {
    return { read: true, value: await run(spec.call) };
  } catch (error) {
    if (noSuchBucket(error)) throw new BucketMissing();
    if (spec.absent && NOT_CONFIGURED.has(s3Code(error))) return { read: true, value: spec.absent.value };
    if (accessDenied(error)) return { read: false, cause: `access denied (${spec.iamAction})` };
    if (s3OperationMissing(error)) return { read: false, cause: `this endpoint has no ${spec.operation} operation` };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { read: false, cause: `${spec.operation} failed (${detail})` };
  }
}

type Readings<S> = { [K in keyof S]: S[K] extends ReadSpec<infer T> ? Reading<T> : never };

/** Every spec read side by side (through the cap), answered under the same names. */
async function readAll<S extends Record<string, ReadSpec<unknown>>>(run: Runner, specs: S): Promise<Readings<S>> {
  const entries = await Promise.all(
    Object.entries(specs).map(async ([name, spec]) => [name, await reading(run, spec)] as const),
  );
  return Object.fromEntries(entries) as Readings<S>;
}

function readersFor(s3: S3Client, Bucket: string, signal: AbortSignal) {
  const options = { abortSignal: signal };
  return {
    versioning: {
      operation: 'GetBucketVersioning',
      iamAction: 's3:GetBucketVersioning',
      call: async (): Promise<VersioningSetting> => {
        const a = await s3.send(new GetBucketVersioningCommand({ Bucket }), options);
        return {
          ...(a.Status === 'Enabled' || a.Status === 'Suspended' ? { status: a.Status } : {}),
          ...(a.MFADelete === 'Enabled' || a.MFADelete === 'Disabled' ? { mfaDelete: a.MFADelete } : {}),
        };
      },
    } satisfies ReadSpec<VersioningSetting>,
    encryption: {
      operation: 'GetBucketEncryption',
      iamAction: 's3:GetEncryptionConfiguration',
      call: async (): Promise<BucketPostureDetail['encryption']> => {
        const a = await s3.send(new GetBucketEncryptionCommand({ Bucket }), options);
        const rule = a.ServerSideEncryptionConfiguration?.Rules?.[0];
        const algorithm = ALGORITHMS.find((known) => known === rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm);
        if (!algorithm) return undefined;
        const key = rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID;
        return { algorithm, ...(key ? { kmsKeyId: key } : {}), bucketKey: rule?.BucketKeyEnabled === true };
      },
      absent: { value: undefined },
    } satisfies ReadSpec<BucketPostureDetail['encryption']>,
    publicAccessBlock: {
      operation: 'GetPublicAccessBlock',
      iamAction: 's3:GetBucketPublicAccessBlock',
      call: async (): Promise<BucketPostureDetail['publicAccessBlock']> => {
        const c = (await s3.send(new GetPublicAccessBlockCommand({ Bucket }), options)).PublicAccessBlockConfiguration;
        return {
          blockPublicAcls: c?.BlockPublicAcls === true,
          ignorePublicAcls: c?.IgnorePublicAcls === true,
          blockPublicPolicy: c?.BlockPublicPolicy === true,
          restrictPublicBuckets: c?.RestrictPublicBuckets === true,
        };
      },
      absent: { value: undefined },
    } satisfies ReadSpec<BucketPostureDetail['publicAccessBlock']>,
    policy: {
      operation: 'GetBucketPolicy',
      iamAction: 's3:GetBucketPolicy',
      call: async (): Promise<string | undefined> =>
        (await s3.send(new GetBucketPolicyCommand({ Bucket }), options)).Policy,
      absent: { value: undefined },
    } satisfies ReadSpec<string | undefined>,
    policyPublic: {
      operation: 'GetBucketPolicyStatus',
      iamAction: 's3:GetBucketPolicyStatus',
      call: async () =>
        (await s3.send(new GetBucketPolicyStatusCommand({ Bucket }), options)).PolicyStatus?.IsPublic === true,
      // AWS answers NoSuchBucketPolicy here too: no policy, nothing public.
      absent: { value: false },
    } satisfies ReadSpec<boolean>,
    ownership: {
      operation: 'GetBucketOwnershipControls',
      iamAction: 's3:GetBucketOwnershipControls',
      call: async () =>
        (await s3.send(new GetBucketOwnershipControlsCommand({ Bucket }), options)).OwnershipControls?.Rules?.[0]
          ?.ObjectOwnership,
      absent: { value: undefined },
    } satisfies ReadSpec<BucketPostureDetail['ownership']>,
    logging: {
      operation: 'GetBucketLogging',
      iamAction: 's3:GetBucketLogging',
      call: async (): Promise<BucketPostureDetail['logging']> => {
        const enabled = (await s3.send(new GetBucketLoggingCommand({ Bucket }), options)).LoggingEnabled;
        return enabled?.TargetBucket
          ? { targetBucket: enabled.TargetBucket, targetPrefix: enabled.TargetPrefix ?? '' }
          : undefined;
      },
    } satisfies ReadSpec<BucketPostureDetail['logging']>,
    lifecycleRules: {
      operation: 'GetBucketLifecycleConfiguration',
      iamAction: 's3:GetLifecycleConfiguration',
      call: async () =>
        (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }), options)).Rules?.length ?? 0,
      absent: { value: 0 },
    } satisfies ReadSpec<number>,
    replicationRules: {
      operation: 'GetBucketReplication',
      iamAction: 's3:GetReplicationConfiguration',
      call: async () =>
        (await s3.send(new GetBucketReplicationCommand({ Bucket }), options)).ReplicationConfiguration?.Rules?.length ??
        0,
      absent: { value: 0 },
    } satisfies ReadSpec<number>,
    objectLock: {
      operation: 'GetObjectLockConfiguration',
      iamAction: 's3:GetBucketObjectLockConfiguration',
      call: async (): Promise<BucketPostureDetail['objectLock']> => {
        const c = (await s3.send(new GetObjectLockConfigurationCommand({ Bucket }), options)).ObjectLockConfiguration;
        const retention = c?.Rule?.DefaultRetention;
        return {
          enabled: c?.ObjectLockEnabled === 'Enabled',
          ...(retention?.Mode ? { mode: retention.Mode } : {}),
          ...(retention?.Days !== undefined ? { days: retention.Days } : {}),
          ...(retention?.Years !== undefined ? { years: retention.Years } : {}),
        };
      },
      absent: { value: undefined },
    } satisfies ReadSpec<BucketPostureDetail['objectLock']>,
    tags: {
      operation: 'GetBucketTagging',
      iamAction: 's3:GetBucketTagging',
      call: async () =>
        Object.fromEntries(
          ((await s3.send(new GetBucketTaggingCommand({ Bucket }), options)).TagSet ?? []).map((t) => [
            t.Key ?? '',
            t.Value ?? '',
          ]),
        ),
      absent: { value: {} },
    } satisfies ReadSpec<Record<string, string>>,
    region: {
      operation: 'GetBucketLocation',
      iamAction: 's3:GetBucketLocation',
      call: async () => {
        const constraint = (await s3.send(new GetBucketLocationCommand({ Bucket }), options)).LocationConstraint as
          string | undefined;
        // No constraint is us-east-1; "EU" is the old name of eu-west-1.
        return !constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint;
      },
    } satisfies ReadSpec<string>,
    acl: {
      operation: 'GetBucketAcl',
      iamAction: 's3:GetBucketAcl',
      call: async (): Promise<PublicGrants> => {
        const grants = (await s3.send(new GetBucketAclCommand({ Bucket }), options)).Grants ?? [];
        return {
          groups: [
            ...new Set(
              grants.flatMap((g) =>
                g.Grantee?.URI && PUBLIC_GROUPS[g.Grantee.URI] ? [PUBLIC_GROUPS[g.Grantee.URI]!] : [],
              ),
            ),
          ],
        };
      },
    } satisfies ReadSpec<PublicGrants>,
  };
}

/**
 * Every setting of the posture, read in parallel through `run` (the request's concurrency cap).
 * The bucket ACL is read only when ACLs are in force. A bucket gone meanwhile is NoSuchBucket.
 */
export async function readPosture(
  s3: S3Client,
  bucket: string,
  run: Runner,
  signal: AbortSignal,
): Promise<PostureSettings> {
  const { acl, ...always } = readersFor(s3, bucket, signal);
  try {
    const settings: PostureSettings = { bucket, ...(await readAll(run, always)) };
    const ownership = settings.ownership;
    // Under BucketOwnerEnforced ACLs are off and grant nothing: the ACL is worth a call only otherwise.
    if (!(ownership.read && ownership.value === 'BucketOwnerEnforced')) settings.acl = await reading(run, acl);
    return settings;
  } catch (error) {
    if (error instanceof BucketMissing) throw bucketNotFound(bucket);
    throw error;
  }
}
