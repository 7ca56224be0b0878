import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import TextFilter from '@cloudscape-design/components/text-filter';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { navigateHref } from '../../../app/hash-route';
import { useClient } from '../../../app/services';
import { LineageLink } from '../../lineage/LineageLink';
import { BucketTabs } from '../BucketTabs';
import { baseName, browseHref, restoreHref, splitPrefix } from '../data-routes';
import { RetryNotice } from '../RetryNotice';
import { LoadMore } from '../LoadMore';
import { transferDriver } from '../transfers/transfer-driver';
import { useDataPages } from '../use-data-pages';
import { ObjectRows } from './ObjectRows';
import { PrefixBreadcrumbs } from './PrefixBreadcrumbs';

const UploadPanel = lazy(() => import('../upload/UploadPanel'));

/** Lists again when this window finishes uploading a file into the bucket. */
function useRefetchOnUpload(bucket: string, refetch: () => void) {
  const finished = useStore(transferDriver(useClient()).store, (state) => state.finishedFiles[bucket] ?? 0);
  const seen = useRef(finished);
  useEffect(() => {
    if (finished === seen.current) return;
    seen.current = finished;
    refetch();
  }, [finished, refetch]);
}

/**
 * A bucket as folders: one page of a prefix at a time from S3 (more on request), a search that
 * asks S3 for keys starting with what was typed, and a filter over the names already loaded.
 */
export default function ObjectBrowser({ bucket, prefix }: { bucket: string; prefix: string }) {
  const pages = useDataPages('objects.list', { bucket, prefix });
  const { folder, partial } = splitPrefix(prefix);
  const [search, setSearch] = useState(partial);
  const [filter, setFilter] = useState('');
  const [uploading, setUploading] = useState(false);
  useRefetchOnUpload(bucket, pages.refetch);

  const needle = filter.trim().toLowerCase();
  const matches = (name: string) => !needle || baseName(name).toLowerCase().includes(needle);
  const folders = pages.pages.flatMap((page) => page.folders).filter(matches);
  const objects = pages.pages.flatMap((page) => page.objects).filter((object) => matches(object.key));
  const loaded = pages.pages.reduce((sum, page) => sum + page.folders.length + page.objects.length, 0);

  const actions = (
    <SpaceBetween size="xs" direction="horizontal">
      {[
        <Button key="upload" iconName="upload" onClick={() => setUploading(true)} data-testid="upload-open">
          Upload
        </Button>,
        <Button key="drill" href={restoreHref(bucket, folder)} data-testid="drill-open">
          Restore or drill this prefix
        </Button>,
        <LineageLink key="lineage" resource={`s3://${bucket}/${folder}`}>
          Lineage of this prefix
        </LineageLink>,
      ]}
    </SpaceBetween>
  );

  return (
    <SpaceBetween size="m">
      {[
        <BucketTabs key="tabs" bucket={bucket} current="objects" actions={actions} />,
        <PrefixBreadcrumbs key="crumbs" bucket={bucket} prefix={prefix} />,
        uploading && (
          <Suspense key="upload" fallback={<StatusIndicator type="loading">Loading the uploader</StatusIndicator>}>
            <UploadPanel bucket={bucket} folder={folder} onClose={() => setUploading(false)} />
          </Suspense>
        ),
        <div key="find" className="browse-find">
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              navigateHref(browseHref(bucket, `${folder}${search}`));
            }}
          >
            <FormField
              label={`Find keys in ${folder || 'the bucket root'} starting with`}
              description="Asks S3 for these keys, beyond what is loaded."
            >
              <SpaceBetween size="xs" direction="horizontal">
                {[
                  <Input
                    key="q"
                    type="search"
                    value={search}
                    onChange={({ detail }) => setSearch(detail.value)}
                    nativeInputAttributes={{ 'data-testid': 'object-search' } as Record<string, string>}
                  />,
                  <Button key="go" formAction="submit" data-testid="object-search-submit">
                    Find
                  </Button>,
                ]}
              </SpaceBetween>
            </FormField>
          </form>
          <TextFilter
            filteringText={filter}
            onChange={({ detail }) => setFilter(detail.filteringText)}
            filteringPlaceholder="Filter the loaded names"
            filteringAriaLabel="Filter the loaded names"
            countText={`${folders.length + objects.length} of ${loaded} loaded`}
            data-testid="object-filter"
          />
        </div>,
        <div key="listing" data-testid="object-browser" data-state={pages.isPending ? 'loading' : 'ready'}>
          {pages.error ? (
            <RetryNotice
              key="error"
              error={pages.error}
              title={`s3://${bucket}/${prefix} could not be listed`}
              retry={pages.refetch}
            />
          ) : pages.isPending ? (
            <StatusIndicator key="loading" type="loading">
              Listing s3://{bucket}/{prefix}
            </StatusIndicator>
          ) : loaded === 0 ? (
            <Box key="empty" textAlign="center" data-testid="object-browser-empty">
              <Box variant="strong">{partial ? `No keys start with “${prefix}”` : 'Nothing here yet'}</Box>
              <Box variant="p">
                {partial
                  ? 'Change the search, or go back to the folder.'
                  : 'Upload files or a whole folder to this prefix.'}
              </Box>
            </Box>
          ) : folders.length + objects.length === 0 ? (
            <Box key="filtered" textAlign="center">
              <Box variant="strong">No loaded name contains “{filter}”</Box>
              <Button onClick={() => setFilter('')}>Clear filter</Button>
            </Box>
          ) : (
            <ObjectRows key="rows" bucket={bucket} folders={folders} objects={objects} />
          )}
          <LoadMore pages={pages} testId="object-load-more" />
        </div>,
      ]}
    </SpaceBetween>
  );
}
