import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import type { QueryResults } from '../../../../../shared/domain/logs';
import { BinChart } from './BinChart';
import { binChartData, binField } from './bin-data';
import { QueryStatusBar } from './QueryStatusBar';
import { ResultsTable } from './ResultsTable';

/** What a query found: status and statistics, the bars of a `by bin(…)` query, and the rows. */
export function InsightsResults({ results, running }: { results: QueryResults; running: boolean }) {
  const chart = useMemo(() => binChartData(results), [results]);
  const bin = binField(results.fields);
  return (
    <SpaceBetween size="m">
      {[
        <QueryStatusBar key="status" results={results} />,
        chart && bin && (
          <Container
            key="chart"
            header={<Header variant="h2">{`${chart.series.map((one) => one.label).join(', ')} by ${bin}`}</Header>}
          >
            <BinChart data={chart} binName={bin} />
          </Container>
        ),
        <ResultsTable key="table" results={results} running={running} />,
      ]}
    </SpaceBetween>
  );
}
