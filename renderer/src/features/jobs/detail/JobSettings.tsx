import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import type { ReactNode } from 'react';
import type { JobDetail } from '../../../../../shared/domain/jobs';
import { formatDuration, formatTime } from '../job-format';

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

/** Where and how the job runs: image, role, instances, stopping condition, times. */
export function JobSettings({ job }: { job: JobDetail }) {
  return (
    <ColumnLayout columns={3} variant="text-grid">
      {[
        <Item key="image" label="Image" testId="job-image">
          <code>{job.image}</code>
        </Item>,
        <Item key="role" label="IAM role" testId="job-role">
          <code>{job.roleArn}</code>
        </Item>,
        <Item key="instances" label="Instances">
          {job.instanceType ? `${job.instanceType} × ${job.instanceCount ?? 1}` : '-'}
          {job.volumeSizeGb !== undefined ? `, ${job.volumeSizeGb} GB volume` : ''}
        </Item>,
        <Item key="stop" label="Stopping condition" testId="job-stopping-condition">
          {job.maxRuntimeSeconds !== undefined ? `Maximum runtime ${formatDuration(job.maxRuntimeSeconds * 1000)}` : '-'}
        </Item>,
        <Item key="created" label="Created">
          {formatTime(job.createdAt)}
        </Item>,
        <Item key="ended" label="Ended">
          {formatTime(job.endedAt)}
          {job.billableSeconds !== undefined ? ` (${formatDuration(job.billableSeconds * 1000)} billable)` : ''}
        </Item>,
      ]}
    </ColumnLayout>
  );
}
