import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { ApprovalStatus, ModelVersionSummary } from '../../../../shared/domain/registry';
import { TOP_BAR_HEIGHT } from '../../app/layout';
import { navigateHref } from '../../app/hash-route';
import { RegistryCrumbs } from './RegistryCrumbs';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TagFilterField } from '../../components/tags/TagFilterField';
import { keepTagged, useTagFilter } from '../../components/tags/use-tag-filter';
import { STATUS_LABELS } from './format';
import { GroupTags } from './GroupTags';
import { LoadMore } from './LoadMore';
import { RegisterModal } from './RegisterModal';
import { compareHref } from './registry-routes';
import { usePaged } from './use-paged';
import { versionColumns } from './version-columns';

const ALL: SelectProps.Option = { value: '', label: 'Any approval status' };
const STATUS_OPTIONS: SelectProps.Option[] = [
  ALL,
  ...(['PendingManualApproval', 'Approved', 'Rejected'] as const).map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];

/** A group's versions, newest first; pick two to compare, or register a new one. `#/registry/<group>`. */
export default function VersionList({ group }: { group: string }) {
  const [status, setStatus] = useState<SelectProps.Option>(ALL);
  const [selected, setSelected] = useState<ModelVersionSummary[]>([]);
  const [registering, setRegistering] = useState(false);
  const versions = usePaged('registry.versions', status.value ? { group, approvalStatus: status.value as ApprovalStatus } : { group });
  const tagFilter = useTagFilter();
  const { rows, hidden } = keepTagged(versions.items, tagFilter.arns);
  const crumbs = <RegistryCrumbs group={group} />;

  if (versions.error) {
    return (
      <SpaceBetween size="m">
        {crumbs}
        <ErrorNotice
          error={versions.error}
          title={`The versions of ${group} could not be listed`}
          action={
            <button type="button" className="button" onClick={versions.refetch}>
              Try again
            </button>
          }
        />
      </SpaceBetween>
    );
  }
  const [first, second] = [...selected].sort((a, b) => a.version - b.version);
  return (
    <SpaceBetween size="m">
      {[
        <span key="crumbs">{crumbs}</span>,
        versions.notice && (
          <Alert key="notice" type="info" header="This endpoint lists less than AWS would" data-testid="registry-notice">
            {versions.notice}
          </Alert>
        ),
        <Table<ModelVersionSummary>
          key="table"
          data-testid="registry-versions"
          variant="full-page"
          items={rows}
          trackBy="version"
          selectionType="multi"
          selectedItems={selected}
          // Two versions make a comparison: a third choice replaces the older pick.
          onSelectionChange={({ detail }) => setSelected(detail.selectedItems.slice(-2))}
          ariaLabels={{
            selectionGroupLabel: 'Versions to compare',
            itemSelectionLabel: (_state, item) => `Compare version ${item.version}`,
            allItemsSelectionLabel: () => 'Select all versions',
          }}
          columnDefinitions={versionColumns}
          loading={versions.isPending}
          loadingText={`Loading the versions of ${group}`}
          stickyHeader
          stickyHeaderVerticalOffset={TOP_BAR_HEIGHT}
          wrapLines
          header={
            <Header
              variant="h1"
              counter={versions.isPending ? undefined : `(${rows.length}${versions.hasMore ? '+' : ''})`}
              description="Select two versions to compare their metrics."
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <Button
                    data-testid="registry-compare"
                    disabled={second === undefined}
                    onClick={() => first && second && navigateHref(compareHref(group, first.version, second.version))}
                  >
                    Compare selected
                  </Button>
                  <Button variant="primary" data-testid="registry-register" onClick={() => setRegistering(true)}>
                    Register from a training job
                  </Button>
                </SpaceBetween>
              }
            >
              {group}
            </Header>
          }
          filter={
            <div className="list-filters">
              <Select
                selectedOption={status}
                onChange={({ detail }) => setStatus(detail.selectedOption)}
                options={STATUS_OPTIONS}
                ariaLabel="Filter by approval status"
                data-testid="registry-status-filter"
              />
              <TagFilterField filter={tagFilter} hidden={hidden} what="versions" />
            </div>
          }
          empty={
            <Box textAlign="center" color="inherit" data-testid="registry-versions-empty">
              <Box variant="strong" color="inherit">
                {tagFilter.text ? `No loaded versions tagged ${tagFilter.text}` : status.value ? `No ${status.label?.toLowerCase()} versions` : `No versions in ${group} yet`}
              </Box>
              <Box variant="p" color="inherit">
                Register one from a completed training job.
              </Box>
            </Box>
          }
          footer={versions.hasMore && <LoadMore onClick={versions.loadMore} loading={versions.isLoadingMore} testId="registry-versions-more" />}
        />,
        <GroupTags key="tags" group={group} />,
      ]}
      {registering && <RegisterModal group={group} onDismiss={() => setRegistering(false)} />}
    </SpaceBetween>
  );
}
