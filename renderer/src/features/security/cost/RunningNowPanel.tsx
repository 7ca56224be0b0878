import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import type { RunningCostRow } from '../../../../../shared/domain/cost';
import { useSessionQuery } from '../../use-session-query';
import { InfoNotices } from './CostNotices';
import { RetryNotice } from '../../data/RetryNotice';
import { RUNNING_KIND_LABEL, runningHref, usd } from './cost-format';

const rowKey = (row: RunningCostRow) => `${row.kind}-${row.name}${row.variantName ? `-${row.variantName}` : ''}`;

/** Endpoints with instances up and jobs in progress, each with its price per hour, and the total. */
export function RunningNowPanel() {
  const now = useSessionQuery('cost.now', {});
  const state = now.isPending ? 'loading' : now.isError ? 'error' : 'ready';
  const data = now.data;
  return (
    <section data-testid="cost-running" data-state={state} aria-label="Running now">
      {now.isError ? (
        <RetryNotice error={now.error} title="What runs now could not be read" retry={() => void now.refetch()} />
      ) : (
        <Table<RunningCostRow>
          variant="container"
          items={data?.rows ?? []}
          trackBy={rowKey}
          loading={now.isPending}
          loadingText="Reading endpoints and jobs"
          wrapLines
          header={
            <Header
              variant="h2"
              counter={data ? `(${data.rows.length})` : undefined}
              description={data ? `On-demand prices from ${data.priceSource} (${data.priceDate}).` : 'Endpoints with instances up and jobs in progress, priced per instance-hour.'}
              actions={
                data && (
                  <Box variant="p" data-testid="cost-running-total">
                    <strong>{usd(data.totalHourlyUsd)} an hour</strong> · {usd(data.monthlyAtThisRateUsd)} a month at this rate
                  </Box>
                )
              }
            >
              Running now
            </Header>
          }
          columnDefinitions={[
            {
              id: 'name',
              header: 'Resource',
              isRowHeader: true,
              cell: (row) => (
                <Link href={runningHref(row)} data-testid={`cost-running-row-${rowKey(row)}`}>
                  {row.variantName && row.kind === 'endpoint' ? `${row.name} (${row.variantName})` : row.name}
                </Link>
              ),
            },
            { id: 'kind', header: 'Kind', cell: (row) => RUNNING_KIND_LABEL[row.kind] },
            { id: 'instances', header: 'Instances', cell: (row) => `${row.instanceCount} × ${row.instanceType ?? 'unknown type'}` },
            { id: 'price', header: 'Price per instance-hour', cell: (row) => (row.hourlyPrice === undefined ? 'Not in the price table' : usd(row.hourlyPrice)) },
            {
              id: 'hourly',
              header: 'Per hour',
              cell: (row) => <span data-testid={`cost-running-hourly-${rowKey(row)}`}>{row.hourlyUsd === undefined ? '—' : usd(row.hourlyUsd)}</span>,
            },
          ]}
          empty={
            <Box textAlign="center" color="inherit" data-testid="cost-running-empty">
              <Box variant="strong" color="inherit">
                Nothing is billed by the hour now
              </Box>
              <Box variant="p" color="inherit">
                No endpoint has instances up and no training or processing job is in progress in this region.
              </Box>
            </Box>
          }
          footer={data && data.notices.length > 0 ? <InfoNotices notices={data.notices} testId="cost-running-notices" /> : undefined}
        />
      )}
    </section>
  );
}
