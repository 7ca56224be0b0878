import type { TagSource } from '../../types';
import { tagList, tagMap } from '../tagging/directory';
import type { S3Env } from './context';
import { noSuchBucket } from './errors';

const BUCKET_ARN = 'arn:aws:s3:::';

/** Buckets as the Resource Groups Tagging API sees them (type `s3`): their PutBucketTagging tag set. */
export function s3TagSource(env: S3Env): TagSource {
  const bucketOf = (where: Parameters<TagSource['read']>[0], arn: string) => {
    const name = arn.startsWith(BUCKET_ARN) ? arn.slice(BUCKET_ARN.length) : '';
    const bucket = env.state.buckets.get(name);
    if (!bucket || bucket.accountId !== where.accountId || bucket.region !== where.region) throw noSuchBucket(name);
    return bucket;
  };
  return {
    service: 's3',
    list: (where) =>
      [...env.state.buckets.values()]
        .filter((bucket) => bucket.accountId === where.accountId && bucket.region === where.region)
        .map((bucket) => ({ arn: `${BUCKET_ARN}${bucket.name}`, resourceType: 's3', tags: tagMap(bucket.tags) })),
    read: (where, arn) => tagMap(bucketOf(where, arn).tags),
    write: (where, arn, tags) => {
      const bucket = bucketOf(where, arn);
      // No tags at all is no tag set: GetBucketTagging answers NoSuchTagSet, as after DeleteBucketTagging.
      bucket.tags = Object.keys(tags).length > 0 ? tagList(tags) : undefined;
    },
  };
}
