import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import type { LogGroupSummary, TailTarget } from '../../../../../shared/domain/logs';
import { hrefFor } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { groupColumns } from './group-columns';
import { STORAGE_PRICE_NOTE } from './log-group-format';
import { LoadMore } from './LoadMore';
import { PrefixSearch } from './PrefixSearch';
import { StreamPicker } from './StreamPicker';
import { useSessionPages } from './use-session-pages';

// The contract's log group name rule, for the prefix (a prefix is a name's start).
const groupPrefix = z
  .string()
  .max(512)
  .regex(/^[.\-_/#A-Za-z0-9]+$/, 'Log group names hold letters, digits and . - _ / # only.');

/**
 * `#/logs`: the account's log groups, searched by name prefix at AWS and paged with "load more",
 * each with its retention (settable; groups that keep logs forever are flagged), stored bytes and
 * creation time, and links to tail a group, chosen streams or a stream prefix.
 *
 * `tailHref` comes from the Logs router (the tail route is theirs), so this screen links to a tail
 * without knowing its address.
 */
export default function LogGroupsView({ tailHref }: { tailHref: (target: TailTarget) => string }) {
  const [prefix, setPrefix] = useState<string>();
  const [picking, setPicking] = useState<string>();
  const pages = useSessionPages('logs.groups', { limit: 50, ...(prefix ? { prefix } : {}) });
  const retention = useSageMutation('logs.setRetention', { invalidate: ['logs.groups'] });
  const [changing, setChanging] = useState<string>();
  const groups = useMemo(() => pages.data?.pages.flatMap((page) => page.groups) ?? [], [pages.data]);
  const forever = groups.filter((group) => group.retentionInDays === undefined).length;

  const columns = useMemo(
    () =>
      groupColumns({
        tailHref,
        changing,
        chooseStreams: setPicking,
        setRetention: (group, days) => {
          setChanging(group);
          void retention.run({ group, days }).finally(() => setChanging(undefined));
        },
      }),
    [tailHref, changing, retention],
  );

  if (pages.isError) {
    return (
      <ErrorNotice
        error={pages.error}
        title="The log groups could not be listed"
        action={
          <p>
            Check that the profile may call logs:DescribeLogGroups in this region, then{' '}
            <button type="button" className="button" onClick={() => void pages.refetch()}>
              Try again
            </button>
          </p>
        }
      />
    );
  }

  const loaded = `${groups.length} ${groups.length === 1 ? 'group' : 'groups'}${pages.hasNextPage ? ' loaded, more available' : ''}`;
  return (
    <SpaceBetween size="m">
      {[
        retention.error !== undefined && (
          <ErrorNotice key="retention-error" error={retention.error} title="The retention could not be changed" />
        ),
        forever > 0 && (
          <Alert
            key="forever"
            type="warning"
            header={`${forever} of the groups listed keep their logs forever`}
            data-testid="log-groups-forever"
          >
            {STORAGE_PRICE_NOTE} Choose a retention period to have CloudWatch delete older events.
          </Alert>
        ),
        <Table<LogGroupSummary>
          key="table"
          data-testid="log-groups-table"
          variant="full-page"
          items={groups}
          trackBy="name"
          loading={pages.isPending}
          loadingText="Loading log groups"
          columnDefinitions={columns}
          wrapLines
          filter={
            <PrefixSearch
              label="Find log groups by name prefix"
              placeholder="Name prefix, e.g. /aws/sagemaker/"
              countText={pages.isPending ? undefined : loaded}
              schema={groupPrefix}
              testId="log-groups-search"
              onApply={setPrefix}
            />
          }
          empty={
            <Box textAlign="center" data-testid="log-groups-empty">
              <Box variant="strong">
                {prefix ? `No log group starts with ${prefix}` : 'No log groups in this account and region'}
              </Box>
              <Box variant="p">
                {prefix
                  ? 'Names are case-sensitive: check the prefix, or clear the search.'
                  : 'SageMaker creates /aws/sagemaker/… groups when a job or endpoint first writes logs. Check the region in the top bar.'}
              </Box>
            </Box>
          }
          header={
            <Header
              counter={pages.isPending ? undefined : `(${groups.length}${pages.hasNextPage ? '+' : ''})`}
              description="Retention, stored bytes and live tails of CloudWatch log groups."
              actions={
                <Button href={hrefFor('logs', ['insights'])} data-testid="log-groups-insights">
                  Logs Insights
                </Button>
              }
            >
              Log groups
            </Header>
          }
          footer={<LoadMore pages={pages} label="Load more log groups" testId="log-groups-more" />}
        />,
        picking && (
          <StreamPicker key="picker" group={picking} tailHref={tailHref} onDismiss={() => setPicking(undefined)} />
        ),
      ]}
    </SpaceBetween>
  );
}
