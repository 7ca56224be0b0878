import type {
  CreateBucketOutput,
  CreateBucketRequest,
  DeleteBucketRequest,
  GetBucketLocationOutput,
  GetBucketLocationRequest,
  HeadBucketOutput,
  HeadBucketRequest,
  ListBucketsOutput,
  ListBucketsRequest,
} from '@aws-sdk/client-s3';
import { AwsError } from '../../types';
import { bucketArn, ownerOf, requireBucket, type Handler } from './context';
import { invalidArgument } from './errors';
import { assertBucketName, assertTags, OWNERSHIPS } from './naming';

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;

export const listBuckets: Handler<ListBucketsRequest, ListBucketsOutput> = (env, input, ctx) => {
  const max = input.MaxBuckets ?? 10_000;
  if (max < 1 || max > 10_000) throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000.', 'max-buckets', String(max));
  const after = input.ContinuationToken ? Buffer.from(input.ContinuationToken, 'base64url').toString('utf8') : '';
  const mine = [...env.state.buckets.values()]
    .filter((b) => b.accountId === ctx.accountId)
    .filter((b) => !input.Prefix || b.name.startsWith(input.Prefix))
    .filter((b) => !input.BucketRegion || b.region === input.BucketRegion)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .filter((b) => b.name > after);
  const page = mine.slice(0, max);
  const last = page[page.length - 1];
  return {
    Buckets: page.map((b) => ({ Name: b.name, CreationDate: new Date(b.created), BucketRegion: b.region, BucketArn: bucketArn(b.name) })),
    Owner: ownerOf(ctx.accountId),
    ContinuationToken: mine.length > max && last ? Buffer.from(last.name).toString('base64url') : undefined,
    Prefix: input.Prefix,
  };
};

function regionFor(input: CreateBucketRequest, requestRegion: string): string {
  // Typed as the SDK's region enum; on the wire it is any string.
  const constraint = input.CreateBucketConfiguration?.LocationConstraint as string | undefined;
  if (constraint === undefined || constraint === '') {
    if (requestRegion === 'us-east-1') return 'us-east-1';
    throw new AwsError(
      'IllegalLocationConstraintException',
      'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
      400,
    );
  }
  const region = constraint === 'EU' ? 'eu-west-1' : constraint;
  if (!REGION_PATTERN.test(region) || region === 'us-east-1') {
    throw new AwsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, 'Sender', { LocationConstraint: constraint });
  }
  if (region !== requestRegion) {
    throw new AwsError(
      'IllegalLocationConstraintException',
      `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
      400,
    );
  }
  return region;
}

export const createBucket: Handler<CreateBucketRequest, CreateBucketOutput> = (env, input, ctx) => {
  const name = input.Bucket ?? '';
  assertBucketName(name);
  const existing = env.state.buckets.get(name);
  if (existing) {
    if (existing.accountId === ctx.accountId && existing.region === 'us-east-1' && regionFor(input, ctx.region) === 'us-east-1') {
      // S3's documented legacy behaviour: re-creating your own us-east-1 bucket there answers 200
      // and resets the bucket's ACL; every other region answers BucketAlreadyOwnedByYou.
      existing.acl = undefined;
      return { Location: `/${name}`, BucketArn: bucketArn(name) };
    }
    if (existing.accountId === ctx.accountId) {
      throw new AwsError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, 'Sender', {
        BucketName: name,
      });
    }
    throw new AwsError(
      'BucketAlreadyExists',
      'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
      409,
      'Sender',
      { BucketName: name },
    );
  }
  const region = regionFor(input, ctx.region);
  if (input.ObjectOwnership !== undefined && !OWNERSHIPS.includes(input.ObjectOwnership)) {
    throw invalidArgument('Invalid x-amz-object-ownership header', 'x-amz-object-ownership', input.ObjectOwnership);
  }
  const ownership = input.ObjectOwnership ?? 'BucketOwnerEnforced';
  if (ownership === 'BucketOwnerEnforced' && input.ACL !== undefined && input.ACL !== 'private') {
    throw new AwsError('InvalidBucketAclWithObjectOwnership', "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting", 400);
  }
  const tags = input.CreateBucketConfiguration?.Tags;
  if (tags) assertTags(tags, 'bucket');
  env.state.buckets.set(name, {
    name,
    region,
    accountId: ctx.accountId,
    created: ctx.clock.now(),
    // Object Lock needs versioning, so S3 turns it on with the lock.
    versioning: input.ObjectLockEnabledForBucket ? 'Enabled' : undefined,
    tags: tags && tags.length > 0 ? tags : undefined,
    ownership,
    objectLock: input.ObjectLockEnabledForBucket ? { ObjectLockEnabled: 'Enabled' } : undefined,
    acl: input.ACL === undefined || input.ACL === 'private' ? undefined : input.ACL,
    objects: new Map(),
    uploads: new Map(),
  });
  return { Location: `/${name}`, BucketArn: bucketArn(name) };
};

export const deleteBucket: Handler<DeleteBucketRequest, object> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket ?? '', ctx, { expectedOwner: input.ExpectedBucketOwner });
  if (bucket.objects.size > 0) {
    const message = bucket.versioning
      ? 'The bucket you tried to delete is not empty. You must delete all versions in the bucket.'
      : 'The bucket you tried to delete is not empty';
    throw new AwsError('BucketNotEmpty', message, 409, 'Sender', { BucketName: bucket.name });
  }
  env.state.buckets.delete(bucket.name);
  return {};
};

export const headBucket: Handler<HeadBucketRequest, HeadBucketOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket ?? '', ctx, { expectedOwner: input.ExpectedBucketOwner });
  return { BucketRegion: bucket.region, AccessPointAlias: false, BucketArn: bucketArn(bucket.name) };
};

export const getBucketLocation: Handler<GetBucketLocationRequest, GetBucketLocationOutput> = (env, input, ctx) => {
  const bucket = requireBucket(env, input.Bucket ?? '', ctx, { anyRegion: true, expectedOwner: input.ExpectedBucketOwner });
  // us-east-1 is the one region S3 reports as an empty constraint.
  return { LocationConstraint: bucket.region === 'us-east-1' ? undefined : (bucket.region as GetBucketLocationOutput['LocationConstraint']) };
};
