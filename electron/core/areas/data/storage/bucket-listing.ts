import { ListBucketsCommand, type Bucket, type S3Client } from '@aws-sdk/client-s3';
import type { BucketPage, BucketSummary } from '../../../../../shared/domain/data';
import { SageDeckError } from '../../../../../shared/errors';
import { bucketDetail, POSTURE_READS_AT_ONCE } from './bucket-posture';
import { limiter } from './limited';

export const BUCKETS_PER_PAGE = 20;
/** A page token of SageDeck's own, for endpoints that ignore MaxBuckets and answer every bucket at once. */
const LOCAL_TOKEN = /^local:(\d+)$/;

interface ListedPage {
  buckets: Bucket[];
  nextToken?: string;
}

/** One page of the region's buckets: S3's own paging, or pages cut locally when the endpoint answered them all. */
async function bucketPage(
  s3: S3Client,
  region: string,
  nextToken: string | undefined,
  signal: AbortSignal,
): Promise<ListedPage> {
  const local = nextToken ? LOCAL_TOKEN.exec(nextToken) : null;
  const answer = await s3.send(
    new ListBucketsCommand({
      BucketRegion: region,
      MaxBuckets: BUCKETS_PER_PAGE,
      ...(nextToken && !local ? { ContinuationToken: nextToken } : {}),
    }),
    { abortSignal: signal },
  );
  // An endpoint that ignores BucketRegion lists every region's buckets; their settings answer only in their own region.
  const buckets = (answer.Buckets ?? []).filter((b) => b.Name && (!b.BucketRegion || b.BucketRegion === region));
  if (local || (!answer.ContinuationToken && buckets.length > BUCKETS_PER_PAGE)) {
    const start = local ? Number(local[1]) : 0;
    const end = start + BUCKETS_PER_PAGE;
    return { buckets: buckets.slice(start, end), ...(end < buckets.length ? { nextToken: `local:${end}` } : {}) };
  }
  return { buckets, ...(answer.ContinuationToken ? { nextToken: answer.ContinuationToken } : {}) };
}

/**
 * A page of the session region's buckets (ListBuckets), each with its posture findings. The
 * page's reads share one cap, so 20 buckets cost 260 calls spread over a dozen connections.
 */
export async function listBuckets(
  s3: S3Client,
  region: string,
  nextToken: string | undefined,
  signal: AbortSignal,
): Promise<BucketPage> {
  const page = await bucketPage(s3, region, nextToken, signal);
  const run = limiter(POSTURE_READS_AT_ONCE);
  const items = await Promise.all(
    page.buckets.map(async (bucket): Promise<BucketSummary | undefined> => {
      try {
        const { posture: _posture, ...summary } = await bucketDetail(
          s3,
          bucket.Name!,
          signal,
          bucket.CreationDate?.toISOString(),
          run,
        );
        return summary;
      } catch (error) {
        // Deleted between the list and its reads: no longer one of the buckets.
        if (error instanceof SageDeckError && error.code === 'NoSuchBucket') return undefined;
        throw error;
      }
    }),
  );
  return {
    items: items.filter((item): item is BucketSummary => item !== undefined),
    ...(page.nextToken ? { nextToken: page.nextToken } : {}),
  };
}
