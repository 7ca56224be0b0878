import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { JobDetail as Detail, JobKind } from '../../../../../shared/domain/jobs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { LineageLink } from '../../lineage/LineageLink';
import { tailHref } from '../../logs/logs-routes';
import { JobStatus } from '../job-columns';
import { jobListHref, newJobHref, newScheduleHref } from '../job-routes';
import { useJobDetail } from '../use-jobs';
import { JobChannels } from './JobChannels';
import { JobCostSection } from './JobCostSection';
import { JobFlags } from './JobFlags';
import { JobSettings } from './JobSettings';
import { JobTimeline } from './JobTimeline';
import { KeyValueTable } from './KeyValueTable';
import { LogStreamsModal } from './LogStreamsModal';
import { useJobFollow } from './use-job-follow';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return <Container header={<Header variant="h2">{title}</Header>}>{children}</Container>;
}

// uPlot is only needed by training details: its own chunk.
const MetricsChart = lazy(() => import('./MetricsChart').then((module) => ({ default: module.MetricsChart })));

function TrainingMetrics({ name }: { name: string }) {
  const metrics = useSessionQuery('jobs.metrics', { name });
  if (metrics.isError) return <ErrorNotice error={metrics.error} title="The metrics could not be read" />;
  const loading = <p role="status">Loading metrics…</p>;
  return metrics.data ? (
    <Suspense fallback={loading}>
      <MetricsChart series={metrics.data} />
    </Suspense>
  ) : (
    loading
  );
}

/** One job, everything about it, the reason it failed first. `#/<kind>/jobs/<name>`. */
export default function JobDetail({ kind, name }: { kind: JobKind; name: string }) {
  const detail = useJobDetail(kind, name);
  const [logsOpen, setLogsOpen] = useState(false);
  const stop = useSageMutation('jobs.stop', { invalidate: ['jobs.describe', 'jobs.list'] });
  useJobFollow(kind, name);

  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: kind === 'training' ? 'Training jobs' : 'Processing jobs', href: jobListHref(kind) },
        { text: name, href: '#' },
      ]}
    />
  );
  if (detail.isPending) {
    return (
      <div data-testid="job-detail" data-state="loading">
        {crumbs}
        <p role="status">Loading {name}…</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-testid="job-detail" data-state="error">
        {crumbs}
        <ErrorNotice
          error={detail.error}
          title={`${name} could not be read`}
          action={
            <button type="button" className="button" onClick={() => void detail.refetch()}>
              Try again
            </button>
          }
        />
      </div>
    );
  }
  const job: Detail = detail.data;
  return (
    <div data-testid="job-detail" data-state="ready" data-status={job.status}>
      <SpaceBetween size="l">
        {[
          crumbs,
          // First, before anything else: why it failed is what the user came for.
          job.status === 'Failed' && (
            <Alert key="failure" type="error" header="This job failed">
              <span data-testid="job-failure-reason">{job.failureReason ?? 'AWS gave no failure reason.'}</span>
            </Alert>
          ),
          stop.error !== undefined && (
            <ErrorNotice key="stop-error" error={stop.error} title={`${name} could not be stopped`} />
          ),
          <Header
            key="header"
            variant="h1"
            description={<JobStatus job={job} />}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                {[
                  job.status === 'InProgress' && (
                    <Button key="stop" data-testid="job-action-stop" loading={stop.isPending} onClick={() => void stop.run({ kind, name })}>
                      Stop
                    </Button>
                  ),
                  <Button key="clone" data-testid="job-action-clone" href={newJobHref(kind, { clone: name })}>
                    Clone
                  </Button>,
                  // Schedules start processing jobs only (a training schedule is not offered by this area).
                  kind === 'processing' && (
                    <Button key="schedule" data-testid="job-action-schedule" href={newScheduleHref({ job: name })}>
                      Schedule this job
                    </Button>
                  ),
                  <Button key="tail" data-testid="job-action-tail" href={tailHref({ kind: 'job', jobKind: kind, name })}>
                    Tail logs
                  </Button>,
                  <Button key="logs" data-testid="job-action-logs" onClick={() => setLogsOpen(true)}>
                    Log streams
                  </Button>,
                  <LineageLink key="lineage" resource={job.arn} />,
                ]}
              </SpaceBetween>
            }
          >
            {job.name}
          </Header>,
          <Section key="settings" title="Settings">
            <JobSettings job={job} />
          </Section>,
          <Section key="timeline" title="Status timeline">
            <JobTimeline transitions={job.statusTimeline} status={job.status} />
          </Section>,
          kind === 'training' && (
            <Section key="metrics" title="Metrics">
              <TrainingMetrics name={name} />
            </Section>
          ),
          <Section key="cost" title="Cost">
            <JobCostSection cost={job.cost} />
          </Section>,
          <Section key="security" title="Encryption and network isolation">
            <JobFlags flags={job.flags} />
          </Section>,
          <Section key="inputs" title="Inputs">
            <JobChannels channels={job.inputs} caption="Input channels" testId="job-inputs" />
          </Section>,
          <Section key="outputs" title="Outputs">
            <JobChannels channels={job.outputs} caption="Output channels" testId="job-outputs" />
          </Section>,
          kind === 'training' && (
            <Section key="hyper" title="Hyperparameters">
              <KeyValueTable entries={job.hyperParameters} caption="Hyperparameters" empty="No hyperparameters." testId="job-hyperparameters" />
            </Section>
          ),
          <Section key="tags" title="Tags">
            <KeyValueTable entries={job.tags} caption="Tags" empty="No tags." testId="job-tags" />
          </Section>,
        ]}
      </SpaceBetween>
      {logsOpen && <LogStreamsModal kind={kind} name={name} logGroup={job.logGroup} onDismiss={() => setLogsOpen(false)} />}
    </div>
  );
}
