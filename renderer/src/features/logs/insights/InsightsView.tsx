import './insights.css';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useRoute } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { GroupPicker } from './GroupPicker';
import { InsightsResults } from './InsightsResults';
import { QueryEditor } from './QueryEditor';
import { SavedQueries } from './SavedQueries';
import { resolveRange, type TimeRange } from './time-range';
import { TimeRangeControl } from './TimeRangeControl';
import { useInsightsRun } from './use-insights-run';

const STARTER = 'fields @timestamp, @logStream, @message\n| sort @timestamp desc\n| limit 20';

/**
 * `#/logs/insights[?group=<name>…]`: a Logs Insights query over chosen groups and a time range,
 * polled until AWS is done, with its statistics, rows and (for `stats … by bin(…)`) a bar chart;
 * and the profile's saved queries.
 */
export default function InsightsView() {
  const route = useRoute();
  const [groups, setGroups] = useState<string[]>(() => route.params.getAll('group').filter(Boolean));
  const [query, setQuery] = useState(STARTER);
  const [range, setRange] = useState<TimeRange>({ kind: 'relative', key: '1h' });
  const [rangeError, setRangeError] = useState<{ start?: string; end?: string }>({});
  const insights = useInsightsRun();
  const { fieldErrors } = insights;

  const run = () => {
    const resolved = resolveRange(range, Date.now());
    if (!resolved.ok) {
      setRangeError({ [resolved.field]: resolved.message });
      return;
    }
    setRangeError({});
    void insights.run({ groups, query, startTime: resolved.startTime, endTime: resolved.endTime });
  };

  const otherError =
    insights.startError !== undefined && !fieldErrors.query && !fieldErrors.groups && !fieldErrors.startTime
      ? insights.startError
      : undefined;
  const results = insights.results.data;
  return (
    <SpaceBetween size="l">
      {[
        <Container
          key="editor"
          header={
            <Header
              variant="h2"
              description="Query past log events of up to 50 groups with CloudWatch Logs Insights. AWS bills each query by the bytes it scans."
            >
              Logs Insights
            </Header>
          }
        >
          <SpaceBetween size="m">
            {[
              <GroupPicker key="groups" value={groups} onChange={setGroups} errorText={fieldErrors.groups} />,
              <TimeRangeControl
                key="range"
                value={range}
                onChange={setRange}
                errors={{
                  start: rangeError.start ?? fieldErrors.startTime,
                  end: rangeError.end ?? fieldErrors.endTime,
                }}
              />,
              <QueryEditor key="query" value={query} onChange={setQuery} onRun={run} errorText={fieldErrors.query} />,
              <SpaceBetween key="actions" direction="horizontal" size="xs">
                {[
                  <Button
                    key="run"
                    variant="primary"
                    onClick={run}
                    loading={insights.starting}
                    data-testid="insights-run"
                  >
                    Run query
                  </Button>,
                  <Button
                    key="stop"
                    disabled={!insights.running}
                    onClick={() => void insights.stop()}
                    data-testid="insights-stop"
                  >
                    Stop
                  </Button>,
                ]}
              </SpaceBetween>,
            ]}
          </SpaceBetween>
        </Container>,
        otherError !== undefined && (
          <ErrorNotice key="start-error" error={otherError} title="The query could not start" />
        ),
        insights.results.isError && (
          <ErrorNotice
            key="results-error"
            error={insights.results.error}
            title="The query's results could not be read"
            action={<Button onClick={() => void insights.results.refetch()}>Try again</Button>}
          />
        ),
        results && <InsightsResults key="results" results={results} running={insights.running} />,
        <Container
          key="saved"
          header={
            <Header variant="h2" description="Kept on this machine for the current profile.">
              Saved queries
            </Header>
          }
        >
          <SavedQueries
            query={query}
            groups={groups}
            onLoad={(saved) => {
              setQuery(saved.query);
              setGroups(saved.groups);
            }}
          />
        </Container>,
      ]}
    </SpaceBetween>
  );
}
