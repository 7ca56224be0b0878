import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { objectHref } from '../data-routes';
import { formatBytes, formatTime } from '../format';
import { RetryNotice } from '../RetryNotice';

const AFTER_CHANGE = ['objects.versions', 'objects.describe', 'objects.list'] as const;

/** Every version and delete marker, newest first; an older version can be restored over the latest. */
export function VersionsTab({
  bucket,
  objectKey,
  onUndelete,
}: {
  bucket: string;
  objectKey: string;
  onUndelete: () => void;
}) {
  const versions = useSessionQuery('objects.versions', { bucket, key: objectKey });
  const [restored, setRestored] = useState<string>();
  const restore = useSageMutation('objects.restoreVersion', {
    invalidate: AFTER_CHANGE,
    onSuccess: (outcome, input) =>
      setRestored(
        `Version ${input.versionId} was copied over the latest${outcome.versionId ? `: it is now version ${outcome.versionId}` : ''}.`,
      ),
  });
  const undelete = useSageMutation('objects.undelete', { invalidate: AFTER_CHANGE, onSuccess: onUndelete });
  const latest = versions.data?.find((version) => version.isLatest);

  if (versions.error) {
    return (
      <RetryNotice
        error={versions.error}
        title="The versions could not be listed"
        retry={() => void versions.refetch()}
      />
    );
  }
  if (!versions.data) return <StatusIndicator type="loading">Listing versions</StatusIndicator>;
  return (
    <SpaceBetween size="m">
      {[
        restored && (
          <Alert
            key="restored"
            type="success"
            dismissible
            onDismiss={() => setRestored(undefined)}
            data-testid="version-restored"
          >
            {restored}
          </Alert>
        ),
        restore.formError && (
          <Alert key="restore-error" type="error" header="The version was not restored">
            {restore.formError}
          </Alert>
        ),
        undelete.formError && (
          <Alert key="undelete-error" type="error" header="The object was not undeleted">
            {undelete.formError}
          </Alert>
        ),
        latest?.isDeleteMarker && (
          <Alert
            key="deleted"
            type="info"
            header="A delete marker hides this object"
            action={
              <Button
                onClick={() => void undelete.run({ bucket, key: objectKey })}
                loading={undelete.isPending}
                data-testid="object-undelete"
              >
                Undelete
              </Button>
            }
          >
            Its versions are kept. Undelete removes the marker, so the last version is current again.
          </Alert>
        ),
        <table key="table" className="data-table" data-testid="object-versions">
          <caption className="sr-only">Versions of {objectKey}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version ID</th>
              <th scope="col">Kind</th>
              <th scope="col">Last modified</th>
              <th scope="col">Size</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.map((version) => (
              <tr
                key={version.versionId}
                data-testid={`version-row-${version.versionId}`}
                data-latest={String(version.isLatest)}
              >
                <th scope="row">
                  {version.isDeleteMarker ? (
                    <code>{version.versionId}</code>
                  ) : (
                    <a href={objectHref(bucket, objectKey, { versionId: version.versionId })}>
                      <code>{version.versionId}</code>
                    </a>
                  )}
                </th>
                <td>
                  {version.isDeleteMarker ? 'Delete marker' : 'Version'}
                  {version.isLatest ? ' (latest)' : ''}
                </td>
                <td>{formatTime(version.lastModified)}</td>
                <td>{version.size === undefined ? '—' : formatBytes(version.size)}</td>
                <td>
                  {!version.isLatest && !version.isDeleteMarker && (
                    <Button
                      data-testid={`version-restore-${version.versionId}`}
                      ariaLabel={`Restore this version: ${version.versionId}`}
                      loading={restore.isPending}
                      onClick={() => void restore.run({ bucket, key: objectKey, versionId: version.versionId })}
                    >
                      Restore this version
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>,
      ]}
    </SpaceBetween>
  );
}
