import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { browseHref, newBucketHref, postureHref } from '../data-routes';
import { RetryNotice } from '../RetryNotice';
import { LoadMore } from '../LoadMore';
import { useDataPages } from '../use-data-pages';
import { PostureBadges } from './PostureBadges';

const NO_INPUT = {};

/** Every bucket of the account with its posture at a glance; more pages on request. */
export function BucketList() {
  const pages = useDataPages('buckets.list', NO_INPUT);
  const buckets = pages.pages.flatMap((page) => page.items);
  const notice = pages.pages.find((page) => page.notice)?.notice;
  const createButton = (
    <Button href={newBucketHref()} variant="primary" data-testid="bucket-create">
      Create bucket
    </Button>
  );

  if (pages.error) {
    return <RetryNotice error={pages.error} title="The buckets could not be listed" retry={pages.refetch} />;
  }
  return (
    <SpaceBetween size="m">
      {[
        <Header
          key="header"
          variant="h1"
          counter={pages.isPending ? undefined : `(${buckets.length}${pages.hasMore ? '+' : ''})`}
          description="Each check passes or warns with its reason; hover or focus a badge, or open “why”."
          actions={createButton}
        >
          Buckets
        </Header>,
        notice && (
          <Alert key="notice" type="info" header="Part of the posture could not be read">
            {notice}
          </Alert>
        ),
        pages.isPending ? (
          <StatusIndicator key="loading" type="loading">
            Loading buckets
          </StatusIndicator>
        ) : buckets.length === 0 ? (
          <Box key="empty" textAlign="center" data-testid="bucket-list-empty">
            <Box variant="strong">No buckets in this account</Box>
            <Box variant="p">Create one with versioning, encryption and public access blocked from the start.</Box>
            {createButton}
          </Box>
        ) : (
          <table key="table" className="data-table" data-testid="bucket-list">
            <caption className="sr-only">Buckets and their security posture</caption>
            <thead>
              <tr>
                <th scope="col">Bucket</th>
                <th scope="col">Region</th>
                <th scope="col">Posture</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.name} data-testid={`bucket-row-${bucket.name}`}>
                  <th scope="row">
                    <a href={browseHref(bucket.name)}>{bucket.name}</a>
                    <div>
                      <a className="data-secondary-link" href={postureHref(bucket.name)}>
                        Posture and fixes
                      </a>
                    </div>
                  </th>
                  <td>{bucket.region ?? 'unknown'}</td>
                  <td>
                    <PostureBadges findings={bucket.findings} bucket={bucket.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
        <LoadMore key="more" pages={pages} testId="bucket-load-more" />,
      ]}
    </SpaceBetween>
  );
}
