import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import type { DeleteOutcome, ObjectDetail as Detail } from '../../../../../shared/domain/data';
import { navigateHref } from '../../../app/hash-route';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { objectHref, splitPrefix, type ObjectTab } from '../data-routes';
import { formatBytes, formatTime } from '../format';
import { PrefixBreadcrumbs } from './PrefixBreadcrumbs';
import { DownloadAction } from './DownloadAction';
import { VersionsTab } from './VersionsTab';
import { RetryNotice } from '../RetryNotice';

function Entries({ entries, empty }: { entries: Record<string, string>; empty: string }) {
  const items = Object.entries(entries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, value]) => ({ label, value }));
  return items.length === 0 ? (
    <Box color="text-body-secondary">{empty}</Box>
  ) : (
    <KeyValuePairs columns={3} items={items} />
  );
}

function DetailFields({ detail }: { detail: Detail }) {
  const items = [
    { label: 'Size', value: `${formatBytes(detail.size)} (${detail.size.toLocaleString('en-US')} bytes)` },
    { label: 'Last modified', value: formatTime(detail.lastModified) },
    { label: 'Storage class', value: detail.storageClass },
    { label: 'Content type', value: detail.contentType ?? '—' },
    {
      label: 'Encryption',
      value: detail.encryption
        ? `${detail.encryption.algorithm}${detail.encryption.kmsKeyId ? ` with key ${detail.encryption.kmsKeyId}` : ''}${detail.encryption.bucketKey ? ', bucket key' : ''}`
        : 'none reported',
    },
    { label: 'Version ID', value: detail.versionId ?? 'none (versioning off)' },
    { label: 'ETag', value: detail.etag ?? '—' },
    {
      label: 'Checksum',
      value: detail.checksum
        ? `${detail.checksum.algorithm}${detail.checksum.type ? ` (${detail.checksum.type.toLowerCase().replace('_', ' ')})` : ''}: ${detail.checksum.value}`
        : 'none stored',
    },
  ];
  return (
    <SpaceBetween size="l">
      {[
        <KeyValuePairs key="fields" columns={2} items={items} />,
        <Header key="meta-h" variant="h2">
          Metadata
        </Header>,
        <Entries key="meta" entries={detail.metadata} empty="No user metadata." />,
        <Header key="tags-h" variant="h2">
          Tags
        </Header>,
        <Entries key="tags" entries={detail.tags} empty="No tags." />,
      ]}
    </SpaceBetween>
  );
}

/** One object (or one of its versions): what S3 knows of it, download, delete, and its versions. */
export default function ObjectDetail({
  bucket,
  objectKey,
  versionId,
  tab,
}: {
  bucket: string;
  objectKey: string;
  versionId: string | undefined;
  tab: ObjectTab;
}) {
  const [deleted, setDeleted] = useState<DeleteOutcome>();
  const detail = useSessionQuery(
    'objects.describe',
    { bucket, key: objectKey, ...(versionId ? { versionId } : {}) },
    { enabled: !deleted },
  );
  const remove = useSageMutation('objects.delete', {
    invalidate: ['objects.list', 'objects.versions'],
    onSuccess: setDeleted,
  });
  const undelete = useSageMutation('objects.undelete', {
    invalidate: ['objects.describe', 'objects.versions', 'objects.list'],
    onSuccess: () => setDeleted(undefined),
  });
  const { folder } = splitPrefix(objectKey);

  const outcome = deleted && (
    <Alert
      type={deleted.deleteMarker ? 'info' : 'success'}
      data-testid="object-deleted"
      header={`${objectKey} was deleted`}
      action={
        deleted.deleteMarker ? (
          <Button
            onClick={() => void undelete.run({ bucket, key: objectKey })}
            loading={undelete.isPending}
            data-testid="object-undelete"
          >
            Undelete
          </Button>
        ) : undefined
      }
    >
      {deleted.deleteMarker
        ? 'A delete marker now hides it; its versions are kept.'
        : 'The bucket keeps no versions, so it is gone.'}
    </Alert>
  );

  return (
    <div data-testid="object-detail" data-state={deleted ? 'deleted' : detail.data ? 'ready' : 'loading'}>
      <SpaceBetween size="m">
        {[
          <PrefixBreadcrumbs key="crumbs" bucket={bucket} prefix={folder} />,
          <Header
            key="header"
            variant="h1"
            description={versionId ? `Version ${versionId}` : undefined}
            actions={
              !deleted && detail.data ? (
                <SpaceBetween size="xs" direction="horizontal">
                  {[
                    <DownloadAction key="download" bucket={bucket} objectKey={objectKey} versionId={versionId} />,
                    !versionId && (
                      <Button
                        key="delete"
                        onClick={() => void remove.run({ bucket, key: objectKey })}
                        loading={remove.isPending}
                        data-testid="object-delete"
                      >
                        Delete
                      </Button>
                    ),
                  ]}
                </SpaceBetween>
              ) : undefined
            }
          >
            {objectKey}
          </Header>,
          outcome ? <div key="outcome">{outcome}</div> : null,
          remove.formError && (
            <Alert key="delete-error" type="error" header="The object was not deleted">
              {remove.formError}
            </Alert>
          ),
          undelete.formError && (
            <Alert key="undelete-error" type="error" header="The object was not undeleted">
              {undelete.formError}
            </Alert>
          ),
          <Tabs
            key="tabs"
            activeTabId={tab}
            onChange={({ detail: change }) =>
              navigateHref(
                objectHref(bucket, objectKey, {
                  ...(versionId ? { versionId } : {}),
                  tab: change.activeTabId as ObjectTab,
                }),
              )
            }
            tabs={[
              {
                id: 'details',
                label: 'Details',
                content: deleted ? null : detail.error ? (
                  <RetryNotice
                    error={detail.error}
                    title={`s3://${bucket}/${objectKey} could not be read`}
                    retry={() => void detail.refetch()}
                  />
                ) : detail.data ? (
                  <Container data-testid="object-fields">
                    <DetailFields detail={detail.data} />
                  </Container>
                ) : (
                  <StatusIndicator type="loading">Reading the object</StatusIndicator>
                ),
              },
              {
                id: 'versions',
                label: 'Versions',
                content: <VersionsTab bucket={bucket} objectKey={objectKey} onUndelete={() => setDeleted(undefined)} />,
              },
            ]}
          />,
        ]}
      </SpaceBetween>
    </div>
  );
}
