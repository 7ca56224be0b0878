import type { BucketPostureDetail, PostureCheck, PostureFinding, PostureFix } from '../../../../../shared/domain/data';
import { isHttpsOnly } from './https-policy';
import type { PostureSettings, Reading } from './posture-settings';

export interface EvaluatedPosture {
  findings: PostureFinding[];
  posture: Partial<BucketPostureDetail>;
  region?: string;
}

const pass = (check: PostureCheck, reason: string): PostureFinding => ({ check, status: 'pass', reason });
const warn = (check: PostureCheck, reason: string, fix?: PostureFix): PostureFinding => ({
  check,
  status: 'warn',
  reason,
  ...(fix ? { fix } : {}),
});
const unknown = (check: PostureCheck, what: string, cause: string): PostureFinding => ({
  check,
  status: 'unknown',
  reason: `Could not read ${what}: ${cause}.`,
});
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Judges a read setting, or says why it could not be read. */
function judge<T>(
  check: PostureCheck,
  what: string,
  reading: Reading<T>,
  decide: (value: T) => PostureFinding,
): PostureFinding {
  return reading.read ? decide(reading.value) : unknown(check, what, reading.cause);
}

function versioning(s: PostureSettings): PostureFinding {
  return judge('versioning', 'versioning', s.versioning, ({ status, mfaDelete }) => {
    if (status === 'Suspended')
      return warn('versioning', 'Versioning is suspended: overwritten objects cannot be restored.', 'enableVersioning');
    if (status !== 'Enabled')
      return warn(
        'versioning',
        'Versioning was never enabled: overwritten or deleted objects are gone for good.',
        'enableVersioning',
      );
    return pass(
      'versioning',
      `Versioning is enabled: overwritten and deleted objects can be restored${mfaDelete === 'Enabled' ? '; deleting a version needs MFA' : ''}.`,
    );
  });
}

function encryption(s: PostureSettings): PostureFinding {
  return judge('encryption', 'default encryption', s.encryption, (value) => {
    if (!value)
      return warn(
        'encryption',
        'No default encryption: objects sent without encryption headers are stored unencrypted.',
        'enableEncryption',
      );
    if (value.algorithm === 'AES256') return pass('encryption', 'Encrypted by default with S3-managed keys (SSE-S3).');
    const kind = value.algorithm === 'aws:kms:dsse' ? 'dual-layer SSE-KMS' : 'SSE-KMS';
    const key = value.kmsKeyId ?? 'the AWS managed key aws/s3';
    return pass(
      'encryption',
      `Encrypted by default with ${kind}, key ${key}; bucket key ${value.bucketKey ? 'on' : 'off (every object costs a KMS request)'}.`,
    );
  });
}

const BLOCK_NAMES = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
} as const;

function publicAccessBlock(s: PostureSettings): PostureFinding {
  return judge('publicAccessBlock', 'the public access block', s.publicAccessBlock, (value) => {
    if (!value)
      return warn(
        'publicAccessBlock',
        'No public access block: a policy or an ACL can make the bucket public.',
        'blockPublicAccess',
      );
    const off = (Object.keys(BLOCK_NAMES) as (keyof typeof BLOCK_NAMES)[])
      .filter((name) => !value[name])
      .map((name) => BLOCK_NAMES[name]);
    if (off.length)
      return warn(
        'publicAccessBlock',
        `Public access is not fully blocked: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} off.`,
        'blockPublicAccess',
      );
    return pass('publicAccessBlock', 'All four public access block settings are on.');
  });
}

function fullyBlocked(s: PostureSettings): boolean {
  const value = s.publicAccessBlock.read ? s.publicAccessBlock.value : undefined;
  return Boolean(value && Object.values(value).every(Boolean));
}

function bucketPolicy(s: PostureSettings): PostureFinding {
  return judge('bucketPolicy', 'the bucket policy', s.policy, (policy) => {
    if (policy !== undefined && !s.policyPublic.read)
      return unknown('bucketPolicy', 'whether the bucket policy is public', s.policyPublic.cause);
    if (policy !== undefined && s.policyPublic.read && s.policyPublic.value) {
      // RestrictPublicBuckets makes a public policy ineffective; once it is on, only editing the policy helps.
      return warn(
        'bucketPolicy',
        'The bucket policy makes the bucket public.',
        fullyBlocked(s) ? undefined : 'blockPublicAccess',
      );
    }
    if (!isHttpsOnly(policy, s.bucket)) {
      const reason =
        policy === undefined
          ? 'No bucket policy requires HTTPS: plain HTTP requests are accepted.'
          : 'The bucket policy does not require HTTPS: plain HTTP requests are accepted.';
      return warn('bucketPolicy', reason, 'requireHttps');
    }
    return pass('bucketPolicy', 'The bucket policy is not public and denies requests that do not use HTTPS.');
  });
}

function ownership(s: PostureSettings): PostureFinding {
  return judge('ownership', 'object ownership', s.ownership, (value) => {
    if (value === 'BucketOwnerEnforced')
      return pass('ownership', 'ACLs are disabled: the bucket owner owns every object.');
    // No ownership controls at all is S3's old default, ObjectWriter.
    const mode = value ?? 'ObjectWriter';
    const acl = s.acl;
    const grants =
      acl?.read && acl.value.groups.length ? `The bucket ACL grants access to ${acl.value.groups.join(' and ')}. ` : '';
    const aclUnread = acl && !acl.read ? ` Could not read the bucket ACL: ${acl.cause}.` : '';
    return warn(
      'ownership',
      `${grants}ACLs are in force (${mode}): objects written by other accounts can belong to them.${aclUnread}`,
      'enforceBucketOwner',
    );
  });
}

function logging(s: PostureSettings): PostureFinding {
  return judge('logging', 'server access logging', s.logging, (value) =>
    value
      ? pass('logging', `Server access logs go to s3://${value.targetBucket}/${value.targetPrefix}.`)
      : warn('logging', 'Server access logging is off: requests to the bucket leave no record.', 'enableLogging'),
  );
}

// Lifecycle, replication, object lock and tags describe the bucket; their absence is no weakness
// in itself, so they pass with what they are rather than turning a secure bucket yellow.
function lifecycle(s: PostureSettings): PostureFinding {
  return judge('lifecycle', 'lifecycle rules', s.lifecycleRules, (n) =>
    pass(
      'lifecycle',
      n ? `${plural(n, 'lifecycle rule')}.` : 'No lifecycle rules: every version is kept until deleted.',
    ),
  );
}

function replication(s: PostureSettings): PostureFinding {
  return judge('replication', 'replication', s.replicationRules, (n) =>
    pass(
      'replication',
      n ? `${plural(n, 'replication rule')}: objects are copied to another bucket.` : 'No replication rules.',
    ),
  );
}

function objectLock(s: PostureSettings): PostureFinding {
  return judge('objectLock', 'Object Lock', s.objectLock, (value) => {
    if (!value?.enabled) return pass('objectLock', 'Object Lock is off.');
    const period =
      value.days !== undefined
        ? plural(value.days, 'day')
        : value.years !== undefined
          ? plural(value.years, 'year')
          : undefined;
    return pass(
      'objectLock',
      value.mode && period
        ? `Object Lock is on: ${value.mode} retention of ${period} by default.`
        : 'Object Lock is on, with no default retention.',
    );
  });
}

function tags(s: PostureSettings): PostureFinding {
  return judge('tags', 'tags', s.tags, (value) => {
    const entries = Object.entries(value);
    if (!entries.length) return pass('tags', 'No tags.');
    const shown = entries
      .slice(0, 3)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    return pass('tags', `${plural(entries.length, 'tag')}: ${shown}${entries.length > 3 ? ', …' : ''}.`);
  });
}

function postureDetail(s: PostureSettings): Partial<BucketPostureDetail> {
  const detail: Partial<BucketPostureDetail> = {};
  if (s.versioning.read) {
    detail.versioning = s.versioning.value.status ?? 'Never enabled';
    if (s.versioning.value.mfaDelete) detail.mfaDelete = s.versioning.value.mfaDelete;
  }
  if (s.encryption.read && s.encryption.value) detail.encryption = s.encryption.value;
  if (s.publicAccessBlock.read && s.publicAccessBlock.value) detail.publicAccessBlock = s.publicAccessBlock.value;
  if (s.policy.read) {
    const exists = s.policy.value !== undefined;
    if (!exists || s.policyPublic.read)
      detail.policy = {
        exists,
        isPublic: exists && s.policyPublic.read && s.policyPublic.value,
        httpsOnly: isHttpsOnly(s.policy.value, s.bucket),
      };
  }
  if (s.ownership.read) detail.ownership = s.ownership.value ?? 'ObjectWriter';
  if (s.logging.read && s.logging.value) detail.logging = s.logging.value;
  if (s.lifecycleRules.read) detail.lifecycleRules = s.lifecycleRules.value;
  if (s.replicationRules.read) detail.replicationRules = s.replicationRules.value;
  if (s.objectLock.read) detail.objectLock = s.objectLock.value ?? { enabled: false };
  if (s.tags.read) detail.tags = s.tags.value;
  return detail;
}

/** Settings → one finding per check (in POSTURE_CHECKS order), the detail, and the region. Pure. */
export function evaluatePosture(s: PostureSettings): EvaluatedPosture {
  return {
    findings: [
      versioning,
      encryption,
      publicAccessBlock,
      bucketPolicy,
      ownership,
      logging,
      lifecycle,
      replication,
      objectLock,
      tags,
    ].map((check) => check(s)),
    posture: postureDetail(s),
    ...(s.region.read ? { region: s.region.value } : {}),
  };
}
