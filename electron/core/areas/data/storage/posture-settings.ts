import type { BucketPostureDetail } from '../../../../../shared/domain/data';

/**
 * One bucket setting as S3 answered it: `value` (undefined when S3 said "not configured", a fact),
 * or why it could not be read ("access denied (s3:GetBucketPolicy)"), never a guess.
 */
export type Reading<T> = { read: true; value: T } | { read: false; cause: string };

export interface VersioningSetting {
  /** Undefined: versioning was never enabled. */
  status?: 'Enabled' | 'Suspended';
  mfaDelete?: 'Enabled' | 'Disabled';
}

export interface PublicGrants {
  /** Groups the bucket ACL grants something to: `AllUsers`, `AuthenticatedUsers`. */
  groups: string[];
}

/** Everything the posture needs, read from S3 (posture-read.ts) and judged elsewhere (posture-evaluate.ts). */
export interface PostureSettings {
  bucket: string;
  versioning: Reading<VersioningSetting>;
  encryption: Reading<BucketPostureDetail['encryption']>;
  publicAccessBlock: Reading<BucketPostureDetail['publicAccessBlock']>;
  /** The policy document as S3 returns it. */
  policy: Reading<string | undefined>;
  /** GetBucketPolicyStatus's IsPublic (false when there is no policy). */
  policyPublic: Reading<boolean>;
  ownership: Reading<BucketPostureDetail['ownership']>;
  /** Read only when ACLs are in force (ownership not BucketOwnerEnforced). */
  acl?: Reading<PublicGrants>;
  logging: Reading<BucketPostureDetail['logging']>;
  lifecycleRules: Reading<number>;
  replicationRules: Reading<number>;
  objectLock: Reading<BucketPostureDetail['objectLock']>;
  tags: Reading<Record<string, string>>;
  region: Reading<string>;
}
