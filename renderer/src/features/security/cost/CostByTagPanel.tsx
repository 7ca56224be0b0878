import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { CostByTagAnswer, TagValueCost } from '../../../../../shared/domain/cost';
import { useSessionQuery } from '../../use-session-query';
import { CostChart } from './CostChart';
import { CostExplorerUnavailable, InfoNotices } from './CostNotices';
import { RetryNotice } from '../../data/RetryNotice';
import { usd } from './cost-format';

/** Month-to-date cost per value of the tag key: the daily chart and the table. */
export function CostByTagPanel({ tagKey }: { tagKey: string }) {
  const byTag = useSessionQuery('cost.byTag', { tagKey });
  const state = byTag.isPending ? 'loading' : byTag.isError ? 'error' : 'ready';
  return (
    <section data-testid="cost-by-tag" data-state={state} data-tag-key={tagKey} aria-label={`Cost by ${tagKey}`}>
      {byTag.isError ? (
        <RetryNotice error={byTag.error} title={`Cost by ${tagKey} could not be read`} retry={() => void byTag.refetch()} />
      ) : (
        <Container header={<Header variant="h2" description={`Month to date per value of the cost-allocation tag ${tagKey}.`}>{`Cost by ${tagKey}`}</Header>}>
          {byTag.data ? <ByTagBody answer={byTag.data} /> : <Box>Reading Cost Explorer…</Box>}
        </Container>
      )}
    </section>
  );
}

function ByTagBody({ answer }: { answer: CostByTagAnswer }) {
  if (!answer.available) {
    return <CostExplorerUnavailable reason={answer.reason} testId="cost-by-tag-unavailable" />;
  }
  return (
    <div className="cost-summary-body">
      <InfoNotices notices={answer.notices} testId="cost-by-tag-notices" />
      <CostChart chart={answer.daily} testId="cost-by-tag-chart" />
      <Table<TagValueCost>
        variant="embedded"
        items={answer.values}
        trackBy="label"
        header={<Header variant="h3" counter={`(${answer.values.length})`}>{`Values of ${answer.tagKey}`}</Header>}
        columnDefinitions={[
          { id: 'value', header: 'Value', isRowHeader: true, cell: (row) => <span data-testid={`cost-tag-row-${row.label}`}>{row.label}</span> },
          { id: 'mtd', header: 'Month to date', cell: (row) => <span data-testid={`cost-tag-amount-${row.label}`}>{usd(row.monthToDateUsd)}</span> },
          { id: 'share', header: 'Share', cell: (row) => (answer.totalUsd > 0 ? `${Math.round((row.monthToDateUsd / answer.totalUsd) * 100)}%` : '—') },
        ]}
        empty={<Box data-testid="cost-by-tag-empty">Cost Explorer reports no cost this month yet.</Box>}
      />
    </div>
  );
}
