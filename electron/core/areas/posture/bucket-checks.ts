import type { PostureCheckId, PostureFindingRow } from '../../../../shared/domain/posture';
import { isHttpsOnly } from '../data/storage/https-policy';
import type { PostureSettings, Reading } from '../data/storage/posture-settings';
import { finding, judged, type Subject } from './checks';

/** The S3 call behind each setting, to name it when it could not be read. */
const OPERATION: Partial<Record<keyof PostureSettings, string>> = {
  encryption: 'GetBucketEncryption',
  publicAccessBlock: 'GetPublicAccessBlock',
  policy: 'GetBucketPolicy',
  policyPublic: 'GetBucketPolicyStatus',
  versioning: 'GetBucketVersioning',
  logging: 'GetBucketLogging',
  acl: 'GetBucketAcl',
};

export interface UnreadSetting {
  check: PostureCheckId;
  operation: string;
  cause: string;
}

type Judged = PostureFindingRow | UnreadSetting;

function when<T>(setting: keyof PostureSettings, check: PostureCheckId, reading: Reading<T> | undefined, decide: (value: T) => PostureFindingRow): Judged {
  if (!reading || reading.read) return decide((reading as { value: T } | undefined)?.value as T);
  return { check, operation: OPERATION[setting] ?? String(setting), cause: reading.cause };
}

const BLOCKS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/**
 * One bucket's settings (read by the Data area's reader) judged as posture findings. Pure: a
 * setting that could not be read comes back as unread, with the S3 operation named.
 */
export function bucketFindings(s: PostureSettings, subject: Subject): Judged[] {
  const link = { area: 'bucket' as const, bucket: s.bucket };
  const fixOn = (action: string) => ({ action, link });
  const block = s.publicAccessBlock.read ? s.publicAccessBlock.value : undefined;
  const blockFlags = block ? [block.blockPublicAcls, block.ignorePublicAcls, block.blockPublicPolicy, block.restrictPublicBuckets] : [false, false, false, false];
  return [
    when('encryption', 'bucket.defaultEncryption', s.encryption, (e) =>
      judged(subject, 'bucket.defaultEncryption', Boolean(e), e ? `GetBucketEncryption: ${e.algorithm === 'AES256' ? 'SSE-S3 (AES256)' : `SSE-KMS (${e.algorithm}), key ${e.kmsKeyId ?? 'aws/s3'}`}` : 'GetBucketEncryption: no default encryption', fixOn('Turn on default encryption (SSE-KMS) on the bucket’s posture page.')),
    ),
    when('encryption', 'bucket.kmsEncryption', s.encryption, (e) => {
      const kms = e?.algorithm === 'aws:kms' || e?.algorithm === 'aws:kms:dsse';
      const evidence = kms ? `GetBucketEncryption: SSE-KMS, key ${e?.kmsKeyId ?? 'aws/s3 (AWS managed)'}` : e ? 'GetBucketEncryption: SSE-S3 (AES256): S3-managed keys, no key policy and no record of key use' : 'GetBucketEncryption: no default encryption';
      return judged(subject, 'bucket.kmsEncryption', kms, evidence, fixOn('Encrypt by default with a customer managed KMS key (SSE-KMS) on the bucket’s posture page.'));
    }),
    when('publicAccessBlock', 'bucket.publicAccessBlock', s.publicAccessBlock, (value) => {
      const off = BLOCKS.filter((_, i) => !blockFlags[i]);
      const evidence = !value ? 'GetPublicAccessBlock: no configuration' : off.length ? `GetPublicAccessBlock: ${off.join(', ')} off` : 'GetPublicAccessBlock: all four settings on';
      return judged(subject, 'bucket.publicAccessBlock', off.length === 0, evidence, fixOn('Block all public access on the bucket’s posture page.'));
    }),
    publicExposure(s, subject, blockFlags, fixOn('Block all public access, then remove the public statements or grants.')),
    when('policy', 'bucket.httpsOnly', s.policy, (policy) =>
      judged(subject, 'bucket.httpsOnly', isHttpsOnly(policy, s.bucket), policy === undefined ? 'GetBucketPolicy: no bucket policy' : `GetBucketPolicy: ${isHttpsOnly(policy, s.bucket) ? 'denies requests where aws:SecureTransport is false' : 'no statement denies aws:SecureTransport false'}`, fixOn('Require HTTPS on the bucket’s posture page (adds a Deny on aws:SecureTransport false).')),
    ),
    when('versioning', 'bucket.versioning', s.versioning, (v) =>
      judged(subject, 'bucket.versioning', v.status === 'Enabled', `GetBucketVersioning: ${v.status ?? 'never enabled'}`, fixOn('Enable versioning on the bucket’s posture page.')),
    ),
    when('logging', 'bucket.accessLogging', s.logging, (l) =>
      judged(subject, 'bucket.accessLogging', Boolean(l), l ? `GetBucketLogging: to s3://${l.targetBucket}/${l.targetPrefix}` : 'GetBucketLogging: off', fixOn('Turn on server access logging on the bucket’s posture page.')),
    ),
  ];
}

/** Public through a policy (GetBucketPolicyStatus) not neutralised by RestrictPublicBuckets, or through an ACL not ignored. */
function publicExposure(s: PostureSettings, subject: Subject, [, ignoreAcls, , restrictBuckets]: boolean[], fix: { action: string; link: { area: 'bucket'; bucket: string } }): Judged {
  if (!s.policyPublic.read) return { check: 'bucket.publicPolicy', operation: 'GetBucketPolicyStatus', cause: s.policyPublic.cause };
  const reasons: string[] = [];
  if (s.policyPublic.value && !restrictBuckets) reasons.push('GetBucketPolicyStatus: IsPublic true');
  const groups = s.acl?.read ? s.acl.value.groups : [];
  if (groups.length && !ignoreAcls) reasons.push(`GetBucketAcl: grants to ${groups.join(' and ')}`);
  if (reasons.length) return finding(subject, 'bucket.publicPolicy', 'fail', reasons.join('; '), fix);
  const note = s.policyPublic.value ? 'GetBucketPolicyStatus: IsPublic true, but RestrictPublicBuckets is on' : 'GetBucketPolicyStatus: not public';
  return finding(subject, 'bucket.publicPolicy', 'pass', s.acl && !s.acl.read ? `${note}; could not read the ACL: ${s.acl.cause}` : note);
}
