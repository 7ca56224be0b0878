import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useSession } from '../../../app/services';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { boardHref } from '../alarm-routes';
import { AlarmState } from '../AlarmState';
import { AlarmMarks, Since } from '../board/AlarmGroup';
import { useAlarms } from '../use-alarms';
import { useCoarseNow } from '../use-minute';
import { AlarmActions } from './AlarmActions';
import { AlarmDefinition } from './AlarmDefinition';
import { AlarmEditForm } from './AlarmEditForm';
import { AlarmHistory } from './AlarmHistory';

// The chart library loads with the chart, not with the detail's first paint.
const AlarmMetricChart = lazy(() => import('../../metrics/AlarmMetricChart'));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return <Container header={<Header variant="h2">{title}</Header>}>{children}</Container>;
}

/**
 * One alarm, `#/alarms/alarm/<name>`: its state live (from the same alarms.watch as the board), its
 * definition, the metric with the threshold, the state history, and its maintenance actions.
 */
export default function AlarmDetail({ name }: { name: string }) {
  const { alarms, isPending, error, refetch } = useAlarms();
  const region = useSession((state) => state.session?.region);
  const now = useCoarseNow();
  const [editing, setEditing] = useState(false);
  const alarm = alarms.find((candidate) => candidate.name === name);
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'Alarms', href: boardHref() },
        { text: name, href: '#' },
      ]}
    />
  );
  if (isPending) {
    return (
      <div data-testid="alarm-detail" data-state="loading">
        {crumbs}
        <p role="status">Loading {name}…</p>
      </div>
    );
  }
  if (error || !alarm) {
    return (
      <div data-testid="alarm-detail" data-state={error ? 'error' : 'missing'}>
        {crumbs}
        {error ? (
          <ErrorNotice
            error={error}
            title={`${name} could not be read`}
            action={
              <button type="button" className="button" onClick={refetch}>
                Try again
              </button>
            }
          />
        ) : (
          <div className="empty-state" data-testid="alarm-missing">
            <p>
              There is no alarm named {name} in {region ?? 'this region'}. It may have been deleted, or it lives in
              another region or account.
            </p>
            <a href={boardHref()}>Back to the alarms</a>
          </div>
        )}
      </div>
    );
  }
  return (
    <div data-testid="alarm-detail" data-state="ready" data-alarm-state={alarm.state}>
      <SpaceBetween size="l">
        {crumbs}
        <Header
          variant="h1"
          description={
            <>
              <AlarmState state={alarm.state} testId="alarm-detail-state" /> since <Since iso={alarm.stateUpdatedAt} now={now} />.{' '}
              <span data-testid="alarm-detail-reason">{alarm.stateReason}</span> <AlarmMarks alarm={alarm} />
            </>
          }
        >
          {alarm.name}
        </Header>
        <AlarmActions alarm={alarm} editing={editing} onEdit={() => setEditing(true)} />
        {editing && (
          <Section title="Edit alarm">
            <AlarmEditForm alarm={alarm} onDone={() => setEditing(false)} />
          </Section>
        )}
        <Section title="Definition">
          <AlarmDefinition alarm={alarm} />
        </Section>
        <Section title="Metric">
          {alarm.metric ? (
            <Suspense fallback={<p role="status">Loading the chart…</p>}>
              <AlarmMetricChart alarmName={alarm.name} />
            </Suspense>
          ) : (
            <p data-testid="alarm-chart-none">This alarm uses metric math or other alarms: there is no single metric to draw.</p>
          )}
        </Section>
        <Section title="State history">
          <AlarmHistory name={alarm.name} />
        </Section>
      </SpaceBetween>
    </div>
  );
}
