import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import {
  compareMetrics,
  compareParameters,
  inferGoal,
  metricNames,
  parameterNames,
  type MetricGoal,
} from '../../../../../shared/domain/run-compare';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { useRunActions } from '../actions/use-run-actions';
import { experimentsHref, runsHref } from '../experiments-routes';
import { ComparedRuns } from './ComparedRuns';
import { MetricCompare } from './MetricCompare';
import { ParameterCompare } from './ParameterCompare';
import { ScatterView } from './ScatterView';
import { SeriesCharts } from './SeriesCharts';

/** 2 to 50 runs side by side. `#/experiments/<name>/compare?runs=a,b,c`. */
export default function CompareView({ experiment, runs: names }: { experiment: string; runs: string[] }) {
  const listed = useSessionQuery('experiments.runs', { experiment });
  const [goals, setGoals] = useState<Record<string, MetricGoal>>({});
  const { actionsFor, dialog } = useRunActions();
  // In the address's order: the order the user picked them in is the order they read them in.
  const runs = useMemo(
    () => names.flatMap((name) => listed.data?.items.find((run) => run.name === name) ?? []),
    [names, listed.data],
  );
  const parameterRows = useMemo(() => compareParameters(runs), [runs]);
  const metricRows = useMemo(() => compareMetrics(runs, goals), [runs, goals]);
  const flipGoal = (metric: string) =>
    setGoals((current) => ({ ...current, [metric]: (current[metric] ?? inferGoal(metric)) === 'max' ? 'min' : 'max' }));
  const back = <a href={runsHref(experiment)}>Back to the runs of {experiment}</a>;
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'Experiments', href: experimentsHref() },
        { text: experiment, href: runsHref(experiment) },
        { text: 'Compare', href: '#' },
      ]}
    />
  );

  if (listed.error) {
    return (
      <SpaceBetween size="m">
        {crumbs}
        <ErrorNotice error={listed.error} title={`The runs of ${experiment} could not be read`} action={back} />
      </SpaceBetween>
    );
  }
  if (listed.isPending) {
    return (
      <SpaceBetween size="m">
        {crumbs}
        <p role="status">Loading the runs…</p>
      </SpaceBetween>
    );
  }
  const missing = names.filter((name) => !runs.some((run) => run.name === name));
  if (runs.length < 2) {
    return (
      <SpaceBetween size="m">
        {crumbs}
        <div className="empty-state" data-testid="empty-state">
          <p>
            {missing.length > 0 ? `${missing.join(', ')}: no such run in ${experiment}. ` : ''}Pick 2 to 50 runs to
            compare from the experiment&apos;s runs.
          </p>
          {back}
        </div>
      </SpaceBetween>
    );
  }
  return (
    <SpaceBetween size="l">
      {crumbs}
      <Header variant="h1" counter={`(${runs.length})`} description={`Runs of ${experiment} side by side.`}>
        Compare runs
      </Header>
      {missing.length > 0 && (
        <Alert type="warning" data-testid="compare-missing">
          Not in {experiment} any more, so left out: {missing.join(', ')}.
        </Alert>
      )}
      <Container header={<Header variant="h2">Runs</Header>}>
        <ComparedRuns runs={runs} actionsFor={actionsFor} />
      </Container>
      <Container
        header={
          <Header variant="h2" description="Parameters that differ come first and are marked.">
            Parameters
          </Header>
        }
      >
        <ParameterCompare runs={runs} rows={parameterRows} />
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Last values; the best of each metric is marked. Switch a metric's goal if it is the other way round."
          >
            Metrics
          </Header>
        }
      >
        <MetricCompare runs={runs} rows={metricRows} onFlipGoal={flipGoal} />
      </Container>
      <Container header={<Header variant="h2">Metrics over training time</Header>}>
        <SeriesCharts runs={runs} />
      </Container>
      <Container header={<Header variant="h2">Parameter against metric</Header>}>
        <ScatterView runs={runs} parameters={parameterNames(runs)} metrics={metricNames(runs)} />
      </Container>
      {dialog}
    </SpaceBetween>
  );
}
