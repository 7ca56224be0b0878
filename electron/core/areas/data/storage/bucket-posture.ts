import { ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { BucketDetail } from '../../../../../shared/domain/data';
import { limiter } from './limited';
import { evaluatePosture } from './posture-evaluate';
import { readPosture, type Runner } from './posture-read';

/** Posture reads in flight at once for one request: a bucket's thirteen reads, or a page's 260, never all at the same moment. */
export const POSTURE_READS_AT_ONCE = 12;

/** One bucket with its findings and the settings behind them. */
export async function bucketDetail(
  s3: S3Client,
  bucket: string,
  signal: AbortSignal,
  createdAt?: string,
  run: Runner = limiter(POSTURE_READS_AT_ONCE),
): Promise<BucketDetail> {
  const evaluated = evaluatePosture(await readPosture(s3, bucket, run, signal));
  return {
    name: bucket,
    ...(evaluated.region ? { region: evaluated.region } : {}),
    ...(createdAt ? { createdAt } : {}),
    findings: evaluated.findings,
    posture: evaluated.posture,
  };
}

/** The bucket's creation date from ListBuckets (S3 has no per-bucket call for it); undefined when that list is refused. */
async function creationDate(s3: S3Client, bucket: string, signal: AbortSignal): Promise<string | undefined> {
  try {
    const answer = await s3.send(new ListBucketsCommand({ Prefix: bucket, MaxBuckets: 1000 }), { abortSignal: signal });
    return answer.Buckets?.find((b) => b.Name === bucket)?.CreationDate?.toISOString();
  } catch {
    return undefined;
  }
}

export async function describeBucket(s3: S3Client, bucket: string, signal: AbortSignal): Promise<BucketDetail> {
  const [detail, createdAt] = await Promise.all([bucketDetail(s3, bucket, signal), creationDate(s3, bucket, signal)]);
  return { ...detail, ...(createdAt ? { createdAt } : {}) };
}
