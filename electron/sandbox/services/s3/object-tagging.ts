import type {
  DeleteObjectTaggingOutput,
  DeleteObjectTaggingRequest,
  GetObjectTaggingOutput,
  GetObjectTaggingRequest,
  PutObjectTaggingOutput,
  PutObjectTaggingRequest,
} from '@aws-sdk/client-s3';
import { requireBucket, type Handler } from './context';
import { malformedXml } from './errors';
import { assertTags } from './naming';
import { selectVersion } from './object-read';
import { visibleVersionId } from './versions';

/** Tags on one object version (the current one unless a versionId is given). */

type Addressed = { Bucket: string; Key: string; VersionId?: string; ExpectedBucketOwner?: string };

function target(env: Parameters<Handler<unknown, unknown>>[0], input: Addressed, ctx: Parameters<Handler<unknown, unknown>>[2], method: string) {
  const bucket = requireBucket(env, input.Bucket, ctx, { expectedOwner: input.ExpectedBucketOwner });
  return { bucket, version: selectVersion(bucket, input.Key, input.VersionId, method) };
}

export const putObjectTagging: Handler<PutObjectTaggingRequest & Addressed, PutObjectTaggingOutput> = (env, input, ctx) => {
  const { bucket, version } = target(env, input, ctx, 'PUT');
  const tags = input.Tagging?.TagSet;
  if (!tags) throw malformedXml();
  assertTags(tags, 'object');
  version.tags = tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
  return { VersionId: visibleVersionId(bucket, version) };
};

export const getObjectTagging: Handler<GetObjectTaggingRequest & Addressed, GetObjectTaggingOutput> = (env, input, ctx) => {
  const { bucket, version } = target(env, input, ctx, 'GET');
  return { TagSet: version.tags, VersionId: visibleVersionId(bucket, version) };
};

export const deleteObjectTagging: Handler<DeleteObjectTaggingRequest & Addressed, DeleteObjectTaggingOutput> = (env, input, ctx) => {
  const { bucket, version } = target(env, input, ctx, 'DELETE');
  version.tags = [];
  return { VersionId: visibleVersionId(bucket, version) };
};
