import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { JobSchedule } from '../../../../../shared/domain/jobs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSageMutation } from '../../live/use-sage-mutation';
import { useSessionQuery } from '../../use-session-query';
import { JobStatus } from '../job-columns';
import { formatTime } from '../job-format';
import { jobHref, jobListHref, newScheduleHref } from '../job-routes';

function RecentJobs({ schedule }: { schedule: JobSchedule }) {
  if (schedule.recentJobs.length === 0) return <>None yet</>;
  return (
    <ul className="job-timeline">
      {schedule.recentJobs.slice(0, 5).map((job) => (
        <li key={job.name}>
          <Link href={jobHref('processing', job.name)}>{job.name}</Link> <JobStatus job={job} />
        </li>
      ))}
    </ul>
  );
}

/** `#/processing/schedules`: EventBridge Scheduler schedules that start processing jobs. */
export default function SchedulesView() {
  const schedules = useSessionQuery('jobs.listSchedules', {});
  const setState = useSageMutation('jobs.setScheduleState', { invalidate: ['jobs.listSchedules'] });
  const remove = useSageMutation('jobs.deleteSchedule', { invalidate: ['jobs.listSchedules'] });
  const failure = setState.error ?? remove.error;

  if (schedules.isError) {
    return (
      <ErrorNotice
        error={schedules.error}
        title="The schedules could not be listed"
        action={
          <button type="button" className="button" onClick={() => void schedules.refetch()}>
            Try again
          </button>
        }
      />
    );
  }
  return (
    <SpaceBetween size="m">
      {[
        failure !== undefined && <ErrorNotice key="failure" error={failure} title="The schedule could not be changed" />,
        <Table<JobSchedule>
          key="table"
          data-testid="schedules-table"
          variant="full-page"
          items={schedules.data ?? []}
          trackBy="name"
          loading={schedules.isPending}
          loadingText="Loading schedules"
          empty={
            <Box textAlign="center" data-testid="schedules-empty">
              <Box variant="strong">No schedules start processing jobs here</Box>
              <Box variant="p">Create one from a saved template.</Box>
            </Box>
          }
          header={
            <Header
              description="Schedules start a processing job from a template on a cron or rate expression."
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  {[
                    <Button key="jobs" href={jobListHref('processing')}>
                      Processing jobs
                    </Button>,
                    <Button key="new" variant="primary" href={newScheduleHref()} data-testid="schedule-create">
                      Create schedule
                    </Button>,
                  ]}
                </SpaceBetween>
              }
            >
              Processing job schedules
            </Header>
          }
          columnDefinitions={[
            { id: 'name', header: 'Name', cell: (item) => <span data-testid={`schedule-row-${item.name}`}>{item.name}</span>, isRowHeader: true },
            {
              id: 'state',
              header: 'State',
              cell: (item) =>
                item.state === 'ENABLED' ? <StatusIndicator type="success">Enabled</StatusIndicator> : <StatusIndicator type="stopped">Paused</StatusIndicator>,
            },
            { id: 'expression', header: 'Expression', cell: (item) => `${item.expression} (${item.timezone})` },
            { id: 'next', header: 'Next run', cell: (item) => (item.state === 'ENABLED' ? formatTime(item.nextRunAt) : '-') },
            { id: 'jobs', header: 'Jobs started', cell: (item) => <RecentJobs schedule={item} /> },
            {
              id: 'actions',
              header: 'Actions',
              cell: (item) => (
                <SpaceBetween direction="horizontal" size="xs">
                  {[
                    <Button
                      key="toggle"
                      data-testid={`schedule-toggle-${item.name}`}
                      onClick={() => void setState.run({ name: item.name, enabled: item.state !== 'ENABLED' })}
                    >
                      {item.state === 'ENABLED' ? 'Pause' : 'Resume'}
                    </Button>,
                    <Button key="delete" data-testid={`schedule-delete-${item.name}`} onClick={() => void remove.run({ name: item.name })}>
                      Delete
                    </Button>,
                  ]}
                </SpaceBetween>
              ),
            },
          ]}
        />,
      ]}
    </SpaceBetween>
  );
}
