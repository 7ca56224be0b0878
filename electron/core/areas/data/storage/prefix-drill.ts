import { CopyObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DrillReport, ObjectDetail } from '../../../../../shared/domain/data';
import { copySource } from './copy-source';
import { mapLimited } from './limited';
import { checksumOf } from './object-checksum';
import { versionAt } from './point-in-time';
import { RESTORE_CALLS_AT_ONCE } from './prefix-restore';
import { invalidField, s3Call } from './s3-errors';
import { prefixVersions } from './versioned-prefix';

export interface DrillInput {
  bucket: string;
  prefix: string;
  asOf: string;
  scratchPrefix: string;
}

type Checksum = NonNullable<ObjectDetail['checksum']>;
type Outcome = { kind: 'verified' } | { kind: 'mismatch'; expected: string; actual: string } | { kind: 'unverifiable' };

/** Copies landing inside the restored prefix would be restored by the next drill; a prefix inside the scratch one would be overwritten by its own copies. */
function checkScratch(input: DrillInput): void {
  if (input.scratchPrefix.startsWith(input.prefix))
    throw invalidField(
      'scratchPrefix',
      `The scratch prefix must lie outside ${input.prefix || 'the bucket root being restored'}: choose e.g. restore-drills/.`,
    );
  if (input.prefix.startsWith(input.scratchPrefix))
    throw invalidField(
      'scratchPrefix',
      'The scratch prefix contains the restored prefix: its copies would overwrite live objects. Choose a separate prefix.',
    );
}

const label = (c: Checksum) => `${c.algorithm} ${c.value}`;

/**
 * Restores the prefix as of `asOf` into the scratch prefix (CopyObject of each version current
 * then) and checks every copy's full-object checksum against the version's own. The copy is asked
 * for the version's algorithm so both sums describe the same bytes the same way. A version with no
 * checksum, or only a multipart (composite) one, cannot be compared and is reported as such.
 */
export async function runDrill(s3: S3Client, input: DrillInput, signal: AbortSignal): Promise<DrillReport> {
  checkScratch(input);
  const started = performance.now();
  const byKey = await prefixVersions(s3, input.bucket, input.prefix, 'run a restore drill', signal);
  const asOf = Date.parse(input.asOf);
  const items = [...byKey].flatMap(([key, versions]) => {
    const then = versionAt(versions, asOf);
    return then && !then.isDeleteMarker ? [{ key, versionId: then.versionId }] : [];
  });
  const head = (key: string, versionId?: string) =>
    s3Call(input.bucket, 'HeadObject', 'read checksums', () =>
      s3.send(
        new HeadObjectCommand({
          Bucket: input.bucket,
          Key: key,
          ChecksumMode: 'ENABLED',
          ...(versionId ? { VersionId: versionId } : {}),
        }),
        { abortSignal: signal },
      ),
    );
  const report: DrillReport = {
    ...input,
    objects: items.length,
    verified: 0,
    mismatched: [],
    unverifiable: [],
    failed: [],
    durationMs: 0,
    passed: false,
  };
  await mapLimited(items, RESTORE_CALLS_AT_ONCE, async ({ key, versionId }) => {
    const scratchKey = input.scratchPrefix + key.slice(input.prefix.length);
    try {
      const source = checksumOf(await head(key, versionId));
      const comparable = source?.type === 'FULL_OBJECT' ? source : undefined;
      await s3Call(input.bucket, 'CopyObject', 'copy objects', () =>
        s3.send(
          new CopyObjectCommand({
            Bucket: input.bucket,
            Key: scratchKey,
            CopySource: copySource(input.bucket, key, versionId),
            MetadataDirective: 'COPY',
            ...(comparable ? { ChecksumAlgorithm: comparable.algorithm } : {}),
          }),
          { abortSignal: signal },
        ),
      );
      const copy = checksumOf(await head(scratchKey));
      const outcome: Outcome = !comparable
        ? { kind: 'unverifiable' }
        : copy?.algorithm === comparable.algorithm && copy.value === comparable.value
          ? { kind: 'verified' }
          : { kind: 'mismatch', expected: label(comparable), actual: copy ? label(copy) : 'no checksum' };
      if (outcome.kind === 'verified') report.verified += 1;
      else if (outcome.kind === 'unverifiable') report.unverifiable.push(key);
      else report.mismatched.push({ key, expected: outcome.expected, actual: outcome.actual });
    } catch (error) {
      if (signal.aborted) throw error;
      report.failed.push({ key, message: error instanceof Error ? error.message : String(error) });
    }
  });
  const byName = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
  report.mismatched.sort(byName);
  report.failed.sort(byName);
  report.unverifiable.sort();
  report.durationMs = Math.round(performance.now() - started);
  // A drill that restored nothing proved nothing.
  report.passed = report.objects > 0 && report.mismatched.length === 0 && report.failed.length === 0;
  return report;
}
