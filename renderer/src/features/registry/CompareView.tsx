import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ModelVersionDetail } from '../../../../shared/domain/registry';
import { RegistryCrumbs } from './RegistryCrumbs';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PlainTable } from '../jobs/detail/PlainTable';
import { useSessionQuery } from '../use-session-query';
import { compareRows } from './compare-rows';
import { formatMetric } from './format';
import { groupHref, versionHref } from './registry-routes';
import { StatusBadge } from './StatusBadge';

/** Two versions' metrics side by side, with the difference. `#/registry/<group>/compare?a=&b=`. */
export default function CompareView({ group, a, b }: { group: string; a: number | undefined; b: number | undefined }) {
  const left = useSessionQuery('registry.describe', { group, version: a ?? 1 }, { enabled: a !== undefined });
  const right = useSessionQuery('registry.describe', { group, version: b ?? 1 }, { enabled: b !== undefined });
  const crumbs = (
    <RegistryCrumbs group={group} last="Compare" />
  );
  if (a === undefined || b === undefined) {
    return (
      <SpaceBetween size="m">
        {crumbs}
        <div className="empty-state" data-testid="empty-state">
          <p>Pick two versions to compare from the group&apos;s list.</p>
          <a href={groupHref(group)}>Back to {group}</a>
        </div>
      </SpaceBetween>
    );
  }
  const failed = left.error ?? right.error;
  const header = <Header variant="h1">{`${group}: version ${a} and version ${b}`}</Header>;
  if (failed) return <SpaceBetween size="m">{[crumbs, header, <ErrorNotice key="error" error={failed} title="The versions could not be read" />]}</SpaceBetween>;
  if (!left.data || !right.data) {
    return (
      <SpaceBetween size="m">
        {crumbs}
        {header}
        <p role="status">Loading both versions…</p>
      </SpaceBetween>
    );
  }
  const rows = compareRows(left.data.metrics, right.data.metrics);
  const column = (v: ModelVersionDetail) => (
    <span>
      <a href={versionHref(group, v.version)}>Version {v.version}</a> <StatusBadge status={v.approvalStatus} />
    </span>
  );
  return (
    <SpaceBetween size="m">
      {crumbs}
      {header}
      <Container header={<Header variant="h2">Metrics</Header>}>
        {rows.length === 0 ? (
          <Box color="text-body-secondary">Neither version was registered with metrics.</Box>
        ) : (
          <PlainTable caption="Metrics of both versions" columns={['Metric', column(left.data), column(right.data), 'Difference']} testId="registry-compare-table">
            {rows.map((row) => (
              <tr key={row.name} data-testid={`registry-compare-${row.name}`}>
                <th scope="row">
                  <code>{row.name}</code>
                </th>
                <td>{formatMetric(row.a)}</td>
                <td>{formatMetric(row.b)}</td>
                <td>{row.delta === undefined ? '—' : `${row.delta > 0 ? '+' : ''}${formatMetric(row.delta)}`}</td>
              </tr>
            ))}
          </PlainTable>
        )}
      </Container>
    </SpaceBetween>
  );
}
