import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { RoleSummary } from '../../../../../shared/domain/roles';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { FindingCounts } from './FindingCounts';
import { roleHref, usedByWords } from './roles-routes';

const COLUMNS: TableProps.ColumnDefinition<RoleSummary>[] = [
  {
    id: 'name',
    header: 'Role',
    cell: (r) => (
      <Link href={roleHref(r.name)} data-testid={`role-link-${r.name}`}>
        {r.name}
      </Link>
    ),
  },
  { id: 'usedBy', header: 'Used by', cell: (r) => <span data-testid={`role-used-by-${r.name}`}>{usedByWords(r.usedBy)}</span> },
  { id: 'findings', header: 'Findings', cell: (r) => <FindingCounts counts={r.findingCounts} testId={`role-findings-${r.name}`} /> },
  { id: 'boundary', header: 'Permissions boundary', cell: (r) => (r.boundaryArn ? <span title={r.boundaryArn}>Yes ({r.boundaryArn.split('/').pop()})</span> : 'No') },
];

/** Every role the pipeline uses (then the account's others), with who uses it and what is too broad. */
export function RoleList() {
  const roles = useSessionQuery('roles.list', {});
  const state = roles.isPending ? 'loading' : roles.isError ? 'error' : 'ready';
  return (
    <div data-testid="roles-list" data-state={state}>
      <Header
        variant="h1"
        description="The IAM roles the pipeline's jobs, models, schedules and APIs run as, and what in their policies is broader than the pipeline needs."
        actions={
          <Button onClick={() => void roles.refetch()} loading={roles.isFetching} data-testid="roles-refresh">
            Check again
          </Button>
        }
      >
        Roles
      </Header>
      {state === 'error' && <ErrorNotice error={roles.error} title="The roles could not be read" action={<Button onClick={() => void roles.refetch()}>Try again</Button>} />}
      {roles.data?.notice && (
        <p className="notice" data-testid="roles-notice">
          {roles.data.notice}
        </p>
      )}
      {state !== 'error' && (
        <Table
          variant="embedded"
          columnDefinitions={COLUMNS}
          items={roles.data?.items ?? []}
          loading={state === 'loading'}
          loadingText="Reading the pipeline's resources and their roles…"
          trackBy="arn"
          wrapLines
          ariaLabels={{ tableLabel: 'Roles' }}
          empty={<p data-testid="roles-empty">No role is used by the pipeline, and the account has no other roles to review.</p>}
        />
      )}
    </div>
  );
}
