import { GetBucketEncryptionCommand, GetBucketVersioningCommand, ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DataStage, StageResult } from '../../../../shared/domain/overview';
import { collectPages } from './pages';

/** Versioning and encryption are read for this many buckets (two calls each), the first by name. */
export const BUCKETS_CHECKED = 20;
/** Buckets checked at the same time: 5 × 2 calls in flight, not 40. */
const CHECK_BATCH = 5;
const LIST_PAGES = 10;

type Finding = 'yes' | 'no' | { unknown: unknown };

/** S3's answer when a bucket has no default encryption (before 2023 AWS allowed that; emulators still do). */
const NO_ENCRYPTION = 'ServerSideEncryptionConfigurationNotFoundError';

async function versioned(client: S3Client, bucket: string, signal: AbortSignal): Promise<Finding> {
  try {
    const answer = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }), { abortSignal: signal });
    return answer.Status === 'Enabled' ? 'yes' : 'no';
  } catch (error) {
    return { unknown: error };
  }
}

async function encrypted(client: S3Client, bucket: string, signal: AbortSignal): Promise<Finding> {
  try {
    const answer = await client.send(new GetBucketEncryptionCommand({ Bucket: bucket }), { abortSignal: signal });
    return (answer.ServerSideEncryptionConfiguration?.Rules ?? []).length > 0 ? 'yes' : 'no';
  } catch (error) {
    return error instanceof Error && error.name === NO_ENCRYPTION ? 'no' : { unknown: error };
  }
}

/** The session region's buckets: ListBuckets filtered by BucketRegion, and by each bucket's region where an endpoint ignores the filter. */
async function regionBuckets(client: S3Client, region: string, signal: AbortSignal) {
  const listed = await collectPages(async (token) => {
    const answer = await client.send(new ListBucketsCommand({ BucketRegion: region, MaxBuckets: 1000, ...(token ? { ContinuationToken: token } : {}) }), { abortSignal: signal });
    return { items: answer.Buckets ?? [], next: answer.ContinuationToken };
  }, LIST_PAGES);
  const names = listed.items.filter((b) => !b.BucketRegion || b.BucketRegion === region).flatMap((b) => (b.Name ? [b.Name] : []));
  return { names: names.sort(), truncated: listed.truncated };
}

function unknownNotice(what: string, findings: Finding[]): string | undefined {
  const unknown = findings.flatMap((f) => (typeof f === 'object' ? [f.unknown] : []));
  if (!unknown.length) return undefined;
  const first = unknown[0];
  const reason = first instanceof Error ? `${first.name}: ${first.message}` : String(first);
  return `${what} of ${unknown.length} bucket${unknown.length === 1 ? '' : 's'} could not be read (${reason}).`;
}

/**
 * Data: the buckets of the session's region, and of the first BUCKETS_CHECKED of them, how many
 * keep no versions and how many have no default encryption. A check S3 refuses (access denied, an
 * emulator without the operation) counts as neither, and the card says how many could not be read.
 */
export async function readDataStage(client: S3Client, region: string, signal: AbortSignal): Promise<StageResult<DataStage>> {
  const { names, truncated } = await regionBuckets(client, region, signal);
  const checked = names.slice(0, BUCKETS_CHECKED);
  const findings: { versioned: Finding; encrypted: Finding }[] = [];
  for (let start = 0; start < checked.length; start += CHECK_BATCH) {
    const batch = checked.slice(start, start + CHECK_BATCH);
    const answers = await Promise.all(batch.map((bucket) => Promise.all([versioned(client, bucket, signal), encrypted(client, bucket, signal)])));
    findings.push(...answers.map(([v, e]) => ({ versioned: v, encrypted: e })));
  }
  const notices = [
    truncated ? `Counted the first ${LIST_PAGES * 1000} buckets: there are more.` : undefined,
    unknownNotice('Versioning', findings.map((f) => f.versioned)),
    unknownNotice('Default encryption', findings.map((f) => f.encrypted)),
  ].filter(Boolean);
  return {
    ok: true,
    value: {
      buckets: names.length,
      unversioned: findings.filter((f) => f.versioned === 'no').length,
      unencrypted: findings.filter((f) => f.encrypted === 'no').length,
      checked: checked.length,
    },
    ...(notices.length ? { notice: notices.join(' ') } : {}),
  };
}
