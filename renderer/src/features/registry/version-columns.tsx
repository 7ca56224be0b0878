import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import type { ModelVersionSummary } from '../../../../shared/domain/registry';
import { jobHref } from '../jobs/job-routes';
import { formatMetric, formatTime } from './format';
import { versionHref } from './registry-routes';
import { StatusBadge } from './StatusBadge';

/** A column that Search fills and ListModelPackages does not: "in the detail" rather than a blank. */
const orDetail = (value: string | undefined) => value ?? <span className="registry-muted">in the detail</span>;

export const versionColumns: TableProps.ColumnDefinition<ModelVersionSummary>[] = [
  {
    id: 'version',
    header: 'Version',
    cell: (v) => (
      <Link href={versionHref(v.group, v.version)} data-testid={`registry-version-${v.version}`}>
        Version {v.version}
      </Link>
    ),
  },
  { id: 'status', header: 'Approval', cell: (v) => <StatusBadge status={v.approvalStatus} testId={`registry-status-${v.version}`} /> },
  { id: 'created', header: 'Created', cell: (v) => formatTime(v.createdAt) },
  {
    id: 'job',
    header: 'Source training job',
    cell: (v) => (v.sourceTrainingJob ? <Link href={jobHref('training', v.sourceTrainingJob)}>{v.sourceTrainingJob}</Link> : orDetail(v.metrics ? '—' : undefined)),
  },
  {
    id: 'metrics',
    header: 'Metrics',
    cell: (v) =>
      v.metrics === undefined
        ? orDetail(undefined)
        : v.metrics.length === 0
          ? '—'
          : v.metrics.map((m) => `${m.name} ${formatMetric(m.value)}`).join(', '),
  },
  { id: 'image', header: 'Image', cell: (v) => orDetail(v.image) },
  { id: 'artifacts', header: 'Artifacts', cell: (v) => orDetail(v.artifacts) },
  {
    id: 'tags',
    header: 'Tags',
    cell: (v) => (v.tags === undefined ? orDetail(undefined) : Object.entries(v.tags).map(([k, value]) => `${k}=${value}`).join(', ') || '—'),
  },
];
