import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import type { ModelVersionDetail } from '../../../../../shared/domain/registry';
import { RegistryCrumbs } from '../RegistryCrumbs';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TagEditor } from '../../../components/tags/TagEditor';
import { jobHref } from '../../jobs/job-routes';
import { LineageLink } from '../../lineage/LineageLink';
import { useSessionQuery } from '../../use-session-query';
import { formatTime } from '../format';
import { StatusBadge } from '../StatusBadge';
import { ApprovalHistory } from './ApprovalHistory';
import { ApprovalPanel } from './ApprovalPanel';
import { MetricsTable } from './MetricsTable';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return <Container header={<Header variant="h2">{title}</Header>}>{children}</Container>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

function Facts({ v }: { v: ModelVersionDetail }) {
  return (
    <ColumnLayout columns={2} variant="text-grid">
      <Fact label="Source training job">
        {v.sourceTrainingJob ? (
          <Link href={jobHref('training', v.sourceTrainingJob)} data-testid="registry-source-job">
            {v.sourceTrainingJob}
          </Link>
        ) : (
          'Not recorded'
        )}
      </Fact>
      <Fact label="Created">
        {formatTime(v.createdAt)}
        {v.createdBy && (
          <>
            {' by '}
            <code>{v.createdBy}</code>
          </>
        )}
      </Fact>
      <Fact label="Image">
        <code data-testid="registry-image">{v.image || '—'}</code>
      </Fact>
      <Fact label="Model artifacts">
        <code data-testid="registry-artifacts">{v.artifacts || '—'}</code>
      </Fact>
      <Fact label="Content types">{v.contentTypes.join(', ') || '—'}</Fact>
      <Fact label="Real-time instance types">{v.realtimeInstanceTypes.join(', ') || '—'}</Fact>
      <Fact label="ARN">
        <code>{v.arn}</code>
      </Fact>
      <Fact label="Approval description">{v.approvalDescription ?? '—'}</Fact>
    </ColumnLayout>
  );
}

/** One version: what it is, its metrics, the decision and its history. `#/registry/<group>/<version>`. */
export default function VersionDetail({ group, version }: { group: string; version: number }) {
  const detail = useSessionQuery('registry.describe', { group, version });
  const title = `${group} version ${version}`;
  const crumbs = (
    <RegistryCrumbs group={group} last={`Version ${version}`} />
  );
  if (detail.isPending) {
    return (
      <div data-testid="registry-version" data-state="loading">
        {crumbs}
        <p role="status">Loading {title}…</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-testid="registry-version" data-state="error">
        {crumbs}
        <ErrorNotice
          error={detail.error}
          title={`${title} could not be read`}
          action={
            <button type="button" className="button" onClick={() => void detail.refetch()}>
              Try again
            </button>
          }
        />
      </div>
    );
  }
  const v = detail.data;
  return (
    <div data-testid="registry-version" data-state="ready" data-status={v.approvalStatus}>
      <SpaceBetween size="l">
        {crumbs}
        <Header variant="h1" description={v.description} actions={<LineageLink resource={v.arn} />}>
          {title} <StatusBadge status={v.approvalStatus} testId="registry-version-status" />
        </Header>
        <Section title="Approval">
          <SpaceBetween size="l">
            <ApprovalPanel group={group} version={version} status={v.approvalStatus} />
            <ApprovalHistory group={group} version={version} />
          </SpaceBetween>
        </Section>
        <Section title="Metrics">
          <MetricsTable metrics={v.metrics} notes={v.metricsNotes} />
        </Section>
        <Section title="Model">
          <Facts v={v} />
        </Section>
        <Section title="Tags">
          <TagEditor arn={v.arn} tags={v.tags} invalidate={['registry.describe', 'registry.versions']} tableTestId="registry-tags" />
        </Section>
      </SpaceBetween>
    </div>
  );
}
