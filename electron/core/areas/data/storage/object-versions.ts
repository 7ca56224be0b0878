import { CopyObjectCommand, DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DeleteOutcome, ObjectVersion, RestoreOutcome } from '../../../../../shared/domain/data';
import { SageDeckError } from '../../../../../shared/errors';
import { copySource } from './copy-source';
import { invalidField, s3Call } from './s3-errors';
import { versionsUnder } from './version-listing';

interface ObjectRef {
  bucket: string;
  key: string;
}

/** The key's versions and delete markers, newest first. */
export async function objectVersions(s3: S3Client, ref: ObjectRef, signal: AbortSignal): Promise<ObjectVersion[]> {
  const { byKey } = await versionsUnder(s3, ref.bucket, ref.key, { maxKeys: 1, onlyKey: ref.key }, signal);
  return byKey.get(ref.key) ?? [];
}

/** DeleteObject; on a versioned bucket S3 hides the object behind a delete marker and keeps its versions. */
export async function deleteObject(s3: S3Client, ref: ObjectRef, signal: AbortSignal): Promise<DeleteOutcome> {
  const answer = await s3Call(ref.bucket, 'DeleteObject', 'delete objects', () =>
    s3.send(new DeleteObjectCommand({ Bucket: ref.bucket, Key: ref.key }), { abortSignal: signal }),
  );
  return {
    key: ref.key,
    deleteMarker: answer.DeleteMarker === true,
    ...(answer.DeleteMarker && answer.VersionId ? { versionId: answer.VersionId } : {}),
  };
}

/** Copies one version over the latest (metadata and tags kept): the old content becomes the newest version. */
export async function copyVersionOver(
  s3: S3Client,
  ref: ObjectRef,
  versionId: string,
  signal: AbortSignal,
  toKey = ref.key,
): Promise<string | undefined> {
  const answer = await s3Call(ref.bucket, 'CopyObject', 'copy objects', () =>
    s3.send(
      new CopyObjectCommand({
        Bucket: ref.bucket,
        Key: toKey,
        CopySource: copySource(ref.bucket, ref.key, versionId),
        MetadataDirective: 'COPY',
      }),
      { abortSignal: signal },
    ),
  );
  return answer.VersionId;
}

export async function restoreVersion(
  s3: S3Client,
  ref: ObjectRef & { versionId: string },
  signal: AbortSignal,
): Promise<RestoreOutcome> {
  const versions = await objectVersions(s3, ref, signal);
  const chosen = versions.find((v) => v.versionId === ref.versionId);
  if (!chosen) throw invalidField('versionId', `s3://${ref.bucket}/${ref.key} has no version ${ref.versionId}.`);
  if (chosen.isDeleteMarker)
    throw invalidField(
      'versionId',
      'That version is a delete marker: there is no content to restore. Undelete the object instead.',
    );
  if (chosen.isLatest) throw invalidField('versionId', 'That version is already the latest.');
  const versionId = await copyVersionOver(s3, ref, ref.versionId, signal);
  return { key: ref.key, ...(versionId ? { versionId } : {}) };
}

/**
 * Removes the delete marker that hides the object (DeleteObject with its version id), and any
 * marker right below it (deleted twice), so the newest real version is current again.
 */
export async function undelete(s3: S3Client, ref: ObjectRef, signal: AbortSignal): Promise<RestoreOutcome> {
  const versions = await objectVersions(s3, ref, signal);
  const latest = versions[0];
  if (!latest?.isDeleteMarker) {
    throw new SageDeckError({
      code: 'NotDeleted',
      message: latest
        ? `s3://${ref.bucket}/${ref.key} is not deleted: its latest version is not a delete marker. To go back to older content, restore a version.`
        : `s3://${ref.bucket}/${ref.key} has no versions or delete markers to undelete from.`,
      retryable: false,
    });
  }
  const restoredAt = versions.findIndex((v) => !v.isDeleteMarker);
  if (restoredAt < 0) {
    throw new SageDeckError({
      code: 'NotDeleted',
      message: `s3://${ref.bucket}/${ref.key} has only delete markers: there is no version to bring back.`,
      retryable: false,
    });
  }
  const hiding = versions.slice(0, restoredAt);
  for (const marker of hiding) {
    await s3Call(ref.bucket, 'DeleteObject', 'remove delete markers', () =>
      s3.send(new DeleteObjectCommand({ Bucket: ref.bucket, Key: ref.key, VersionId: marker.versionId }), {
        abortSignal: signal,
      }),
    );
  }
  const current = versions[restoredAt];
  return { key: ref.key, ...(current ? { versionId: current.versionId } : {}) };
}
