import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { PrefixRestoreReport } from '../../../../../shared/domain/data';
import { mapLimited } from './limited';
import { copyVersionOver } from './object-versions';
import { planKey } from './point-in-time';
import { s3Call } from './s3-errors';
import { prefixVersions } from './versioned-prefix';

/** Copies and deletes in flight at once. */
export const RESTORE_CALLS_AT_ONCE = 8;

/**
 * Puts every key under the prefix back as it was at `asOf`: the version current then is copied
 * over the latest, keys created since are hidden behind a delete marker, the rest left alone.
 * Each key's failure is reported and does not stop the others.
 */
export async function restorePrefix(
  s3: S3Client,
  input: { bucket: string; prefix: string; asOf: string },
  signal: AbortSignal,
): Promise<PrefixRestoreReport> {
  const byKey = await prefixVersions(s3, input.bucket, input.prefix, 'restore the prefix', signal);
  const asOf = Date.parse(input.asOf);
  const report: PrefixRestoreReport = { ...input, restored: 0, unchanged: 0, removed: 0, failed: [] };
  await mapLimited([...byKey], RESTORE_CALLS_AT_ONCE, async ([key, versions]) => {
    const plan = planKey(key, versions, asOf);
    try {
      if (plan.action === 'unchanged') report.unchanged += 1;
      else if (plan.action === 'remove') {
        await s3Call(input.bucket, 'DeleteObject', 'delete objects', () =>
          s3.send(new DeleteObjectCommand({ Bucket: input.bucket, Key: key }), { abortSignal: signal }),
        );
        report.removed += 1;
      } else {
        await copyVersionOver(s3, { bucket: input.bucket, key }, plan.versionId, signal);
        report.restored += 1;
      }
    } catch (error) {
      if (signal.aborted) throw error;
      report.failed.push({ key, message: error instanceof Error ? error.message : String(error) });
    }
  });
  report.failed.sort((a, b) => (a.key < b.key ? -1 : 1));
  return report;
}
