import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import type { BucketPostureDetail } from '../../../../../shared/domain/data';

const yesNo = (on: boolean) => (on ? 'on' : 'off');
const unread = 'could not be read';

/** The settings behind the findings, as S3 reports them; a setting that could not be read says so. */
export function PostureSettings({ posture }: { posture: Partial<BucketPostureDetail> }) {
  const block = posture.publicAccessBlock;
  const lock = posture.objectLock;
  const items = [
    {
      label: 'Versioning',
      value: posture.versioning
        ? `${posture.versioning}${posture.mfaDelete ? `, MFA delete ${posture.mfaDelete}` : ''}`
        : unread,
    },
    {
      label: 'Default encryption',
      value: posture.encryption
        ? `${posture.encryption.algorithm}${posture.encryption.kmsKeyId ? ` with key ${posture.encryption.kmsKeyId}` : ''}, bucket key ${yesNo(posture.encryption.bucketKey)}`
        : 'none or could not be read',
    },
    {
      label: 'Public access block',
      value: block
        ? `BlockPublicAcls ${yesNo(block.blockPublicAcls)}, IgnorePublicAcls ${yesNo(block.ignorePublicAcls)}, BlockPublicPolicy ${yesNo(block.blockPublicPolicy)}, RestrictPublicBuckets ${yesNo(block.restrictPublicBuckets)}`
        : 'not configured or could not be read',
    },
    {
      label: 'Bucket policy',
      value: posture.policy
        ? posture.policy.exists
          ? `${posture.policy.isPublic ? 'public' : 'not public'}, HTTPS-only ${posture.policy.httpsOnly ? 'required' : 'not required'}`
          : 'no policy'
        : unread,
    },
    { label: 'Object ownership', value: posture.ownership ?? unread },
    {
      label: 'Access logging',
      value: posture.logging
        ? `s3://${posture.logging.targetBucket}/${posture.logging.targetPrefix}`
        : 'off or could not be read',
    },
    { label: 'Lifecycle rules', value: posture.lifecycleRules === undefined ? unread : String(posture.lifecycleRules) },
    {
      label: 'Replication rules',
      value: posture.replicationRules === undefined ? unread : String(posture.replicationRules),
    },
    {
      label: 'Object lock',
      value: lock
        ? lock.enabled
          ? `on${lock.mode ? `, ${lock.mode}` : ''}${lock.days ? ` ${lock.days} days` : ''}${lock.years ? ` ${lock.years} years` : ''}`
          : 'off'
        : unread,
    },
    {
      label: 'Tags',
      value: posture.tags
        ? Object.entries(posture.tags)
            .map(([key, value]) => `${key}=${value}`)
            .join(', ') || 'none'
        : unread,
    },
  ];
  return <KeyValuePairs columns={2} items={items} />;
}
