import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import type { JobKind, JobSummary } from '../../../../shared/domain/jobs';
import { formatDuration, formatTime, jobDuration, STATUS_LABEL, STATUS_TYPE } from './job-format';
import { jobHref } from './job-routes';

/** Status with the secondary status while in progress ("In progress · Training"): words, not colour. */
export function JobStatus({ job }: { job: Pick<JobSummary, 'name' | 'status' | 'secondaryStatus'> }) {
  const secondary = job.status === 'InProgress' && job.secondaryStatus ? ` · ${job.secondaryStatus}` : '';
  return (
    <span data-testid={`job-status-${job.name}`} data-status={job.status}>
      <StatusIndicator type={STATUS_TYPE[job.status]}>
        {STATUS_LABEL[job.status]}
        {secondary}
      </StatusIndicator>
    </span>
  );
}

export function jobColumns(kind: JobKind, now: number): TableProps.ColumnDefinition<JobSummary>[] {
  const columns: TableProps.ColumnDefinition<JobSummary>[] = [
    {
      id: 'name',
      header: 'Name',
      // The table has no per-row attributes: the name cell carries the row's test id.
      cell: (job) => (
        <span data-testid={`job-row-${job.name}`}>
          <Link href={jobHref(kind, job.name)}>{job.name}</Link>
        </span>
      ),
      sortingField: 'name',
      isRowHeader: true,
    },
    { id: 'status', header: 'Status', cell: (job) => <JobStatus job={job} />, sortingField: 'status' },
    {
      id: 'instance',
      header: 'Instances',
      cell: (job) => (job.instanceType ? `${job.instanceType} × ${job.instanceCount ?? 1}` : '-'),
      // Processing rows learn their instances per page, after sorting: sorting by them would lie.
      ...(kind === 'training' ? { sortingField: 'instanceType' } : {}),
    },
    {
      id: 'created',
      header: 'Created',
      cell: (job) => <time dateTime={job.createdAt}>{formatTime(job.createdAt)}</time>,
      sortingField: 'createdAt',
    },
    {
      id: 'duration',
      header: 'Duration',
      cell: (job) => formatDuration(jobDuration(job, now)),
      sortingComparator: (a, b) => jobDuration(a, now) - jobDuration(b, now),
    },
  ];
  if (kind === 'training') {
    columns.push({
      id: 'objective',
      header: 'Objective metric',
      // Four significant digits are what a comparison across runs needs; the detail has the full value.
      cell: (job) => (job.objectiveMetric ? `${job.objectiveMetric.name} ${Number(job.objectiveMetric.value.toPrecision(4))}` : '-'),
      sortingComparator: (a, b) => (a.objectiveMetric?.value ?? -Infinity) - (b.objectiveMetric?.value ?? -Infinity),
    });
  }
  return columns;
}
