import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useEffect } from 'react';
import type { CostSummaryAnswer, ServiceCost } from '../../../../../shared/domain/cost';
import { useSession } from '../../../app/services';
import { useSessionQuery } from '../../use-session-query';
import { securitySectionHref } from '../security-routes';
import { notifyOverBudgetOnce } from './budget-notification';
import { CostChart } from './CostChart';
import { CostExplorerUnavailable, InfoNotices } from './CostNotices';
import { RetryNotice } from '../../data/RetryNotice';
import { usd } from './cost-format';

/** Month to date and the month's forecast by service (Cost Explorer), the daily chart, and the budget line. */
export function CostSummaryPanel() {
  const summary = useSessionQuery('cost.summary', {});
  const state = summary.isPending ? 'loading' : summary.isError ? 'error' : 'ready';
  useBudgetNotification(summary.data);
  return (
    <section data-testid="cost-summary" data-state={state} aria-label="Month to date and forecast">
      {summary.isError ? (
        <RetryNotice error={summary.error} title="Cost Explorer could not be read" retry={() => void summary.refetch()} />
      ) : (
        <Container header={<Header variant="h2" description="Cost Explorer's unblended cost this month, by service.">Month to date and forecast</Header>}>
          {summary.data ? <SummaryBody answer={summary.data} /> : <Box>Reading Cost Explorer…</Box>}
        </Container>
      )}
    </section>
  );
}

function BudgetLine({ answer }: { answer: CostSummaryAnswer }) {
  const budget = answer.budget;
  if (!budget) {
    return (
      <Box variant="p" color="text-body-secondary" data-testid="cost-budget" data-over="false">
        No monthly budget is set for this profile. Set one in an endpoint&apos;s autoscaling settings.
      </Box>
    );
  }
  if (budget.overBudget) {
    return (
      <Alert type="warning" header={budget.message} data-testid="cost-budget" data-over="true">
        The monthly budget of this profile comes from the endpoints&apos; autoscaling guard.
      </Alert>
    );
  }
  return (
    <Box variant="p" data-testid="cost-budget" data-over="false">
      Within the monthly budget of {usd(budget.monthlyUsd)}.
    </Box>
  );
}

function SummaryBody({ answer }: { answer: CostSummaryAnswer }) {
  if (!answer.available) {
    return (
      <>
        <CostExplorerUnavailable reason={answer.reason} testId="cost-unavailable" />
        <BudgetLine answer={answer} />
      </>
    );
  }
  return (
    <div className="cost-summary-body">
      <dl className="cost-figures">
        <div>
          <dt>Month to date ({answer.month})</dt>
          <dd data-testid="cost-summary-mtd">{usd(answer.monthToDateUsd)}</dd>
        </div>
        <div>
          <dt>Forecast for the month</dt>
          <dd data-testid="cost-summary-forecast">{answer.forecastUsd === undefined ? 'Not available yet' : usd(answer.forecastUsd)}</dd>
        </div>
      </dl>
      <BudgetLine answer={answer} />
      <InfoNotices notices={answer.notices} testId="cost-summary-notices" />
      <CostChart chart={answer.daily} testId="cost-service-chart" />
      <Table<ServiceCost>
        variant="embedded"
        items={answer.byService}
        trackBy="service"
        header={<Header variant="h3">By service</Header>}
        columnDefinitions={[
          { id: 'service', header: 'Service', isRowHeader: true, cell: (row) => <span data-testid={`cost-service-row-${row.service}`}>{row.service}</span> },
          { id: 'mtd', header: 'Month to date', cell: (row) => usd(row.monthToDateUsd) },
          { id: 'forecast', header: 'Forecast', cell: (row) => (row.forecastUsd === undefined ? '—' : usd(row.forecastUsd)) },
        ]}
        empty={<Box data-testid="cost-service-empty">Cost Explorer reports no cost this month yet.</Box>}
      />
      {answer.estimated && <Box variant="small">Today&apos;s figures are estimated until the day is over.</Box>}
    </div>
  );
}

/** Once a month per profile, a desktop notification when the forecast exceeds the budget. */
function useBudgetNotification(answer: CostSummaryAnswer | undefined) {
  const profile = useSession((state) => state.session?.profile);
  const message = answer?.budget?.overBudget ? answer.budget.message : undefined;
  const month = answer?.available ? answer.month : undefined;
  useEffect(() => {
    if (profile && message && month) notifyOverBudgetOnce(profile, month, message, securitySectionHref('cost'));
  }, [profile, message, month]);
}
