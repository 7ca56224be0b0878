import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { RestoreMismatch } from '../../../../shared/domain/backups';
import type { ObjectVersion } from '../../../../shared/domain/data';
import { checksumOf } from '../data/storage/object-checksum';
import { unquote } from '../data/storage/object-listing';
import { versionAt } from '../data/storage/point-in-time';
import { s3Call } from '../data/storage/s3-errors';
import { versionsUnder } from '../data/storage/version-listing';

export interface ObjectFacts {
  etag?: string;
  size?: number;
  /** The source version, to ask S3 for its stored checksum when ETags cannot decide. */
  versionId?: string;
}

/** The most keys a restore test compares: beyond, the comparison would not fit in memory sensibly. */
export const MAX_VERIFIED_KEYS = 100_000;

/**
 * What the source bucket held when the recovery point was taken: each key's version current at
 * `asOf` (ListObjectVersions, all pages), keys deleted or not yet written then left out.
 *
 * Why this is honest evidence: the data bucket is versioned, so S3 itself still lists every version
 * that was current at the recovery point's creation, with the ETag and size S3 computed when it was
 * written. That record comes from S3, not from AWS Backup: comparing the restored bucket against it
 * checks the backup against an independent witness, so a recovery point whose bytes were lost or
 * altered (the sandbox's tamper) shows as a mismatch rather than agreeing with itself. (On an
 * unversioned bucket only current objects are listed, and anything changed since would mismatch.)
 */
export async function sourceAt(s3: S3Client, bucket: string, asOf: number, signal: AbortSignal): Promise<Map<string, ObjectFacts>> {
  const { byKey, truncated } = await versionsUnder(s3, bucket, '', { maxKeys: MAX_VERIFIED_KEYS }, signal);
  if (truncated) throw new Error(`${bucket} holds more than ${MAX_VERIFIED_KEYS} keys: too many to verify in one restore test.`);
  return currentAt(byKey, asOf);
}

/** Each key's version current at `asOf` (versions newest first); keys absent or deleted then are left out. Pure. */
export function currentAt(byKey: Map<string, ObjectVersion[]>, asOf: number): Map<string, ObjectFacts> {
  const expected = new Map<string, ObjectFacts>();
  for (const [key, versions] of byKey) {
    const then = versionAt(versions, asOf);
    if (!then || then.isDeleteMarker) continue;
    expected.set(key, { ...(then.etag ? { etag: then.etag } : {}), ...(then.size !== undefined ? { size: then.size } : {}), versionId: then.versionId });
  }
  return expected;
}

/** Every object of the restored scratch bucket (ListObjectsV2, all pages). */
export async function restoredObjects(s3: S3Client, bucket: string, signal: AbortSignal): Promise<Map<string, ObjectFacts>> {
  const found = new Map<string, ObjectFacts>();
  let token: string | undefined;
  do {
    const page = await s3Call(bucket, 'ListObjectsV2', 'list the restored objects', () =>
      s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }), { abortSignal: signal }),
    );
    for (const o of page.Contents ?? []) if (o.Key) found.set(o.Key, { ...(o.ETag ? { etag: unquote(o.ETag)! } : {}), ...(o.Size !== undefined ? { size: o.Size } : {}) });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

const facts = ({ etag, size }: ObjectFacts) => ({ ...(etag !== undefined ? { etag } : {}), ...(size !== undefined ? { size } : {}) });

/**
 * Keys whose restored copy differs from the source then: missing, extra, or a different size or
 * ETag. `sameBytes` gets a second opinion where only the ETags differ (SSE-KMS ETags are not an MD5
 * of the content, so two copies of the same bytes can differ there). Sorted by key.
 */
export async function compareRestore(
  expected: Map<string, ObjectFacts>,
  restored: Map<string, ObjectFacts>,
  sameBytes: (key: string, source: ObjectFacts) => Promise<boolean> = async () => false,
  onChecked: (checked: number) => void = () => undefined,
): Promise<{ objectsChecked: number; mismatches: RestoreMismatch[] }> {
  const mismatches: RestoreMismatch[] = [];
  let checked = 0;
  for (const [key, source] of [...expected].sort(([a], [b]) => a.localeCompare(b))) {
    const copy = restored.get(key);
    checked += 1;
    if (!copy) mismatches.push({ key, problem: 'missing', expected: facts(source) });
    else if (source.size !== copy.size || (source.etag !== copy.etag && !(await sameBytes(key, source))))
      mismatches.push({ key, problem: 'different', expected: facts(source), restored: facts(copy) });
    if (checked % 100 === 0) onChecked(checked);
  }
  for (const [key, copy] of restored) if (!expected.has(key)) mismatches.push({ key, problem: 'extra', restored: facts(copy) });
  onChecked(checked);
  return { objectsChecked: expected.size, mismatches: mismatches.sort((a, b) => a.key.localeCompare(b.key)) };
}

/** The checksums S3 stored with the source version and the restored copy agree (same algorithm). */
export function checksumsAgree(s3: S3Client, sourceBucket: string, scratchBucket: string, signal: AbortSignal) {
  return async (key: string, source: ObjectFacts): Promise<boolean> => {
    const head = (bucket: string, versionId?: string) =>
      s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED', ...(versionId ? { VersionId: versionId } : {}) }), { abortSignal: signal });
    try {
      const [a, b] = await Promise.all([head(sourceBucket, source.versionId), head(scratchBucket)]);
      const left = checksumOf(a);
      const right = checksumOf(b);
      return left !== undefined && right !== undefined && left.algorithm === right.algorithm && left.type === right.type && left.value === right.value;
    } catch {
      // No checksum to decide by: the differing ETags stand as the evidence.
      return false;
    }
  };
}
