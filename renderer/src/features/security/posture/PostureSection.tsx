import './posture.css';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { postureFilterSchema, type PostureFilter } from '../../../../../shared/validation/posture';
import { navigateHref } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import type { SectionProps } from '../SectionProps';
import { securitySectionHref } from '../security-routes';
import { ChecksNotRun } from './ChecksNotRun';
import { FindingsTable } from './FindingsTable';
import { PostureFilters } from './PostureFilters';
import { PostureSummary } from './PostureSummary';

function filterHref(filter: PostureFilter): string {
  const params = Object.fromEntries(Object.entries(filter).flatMap(([key, value]) => (value ? [[key, value] as const] : [])));
  return securitySectionHref('posture', [], Object.keys(params).length ? params : undefined);
}

/** Encryption & network: one table of findings across the pipeline, filtered through the address (`?status=&kind=&severity=`). */
export default function PostureSection({ params }: SectionProps) {
  const report = useSessionQuery('posture.report', {});
  const filter = postureFilterSchema.parse(Object.fromEntries(params));
  const findings = useMemo(
    () => (report.data?.findings ?? []).filter((f) => (!filter.status || f.status === filter.status) && (!filter.kind || f.resourceKind === filter.kind) && (!filter.severity || f.severity === filter.severity)),
    [report.data, filter.status, filter.kind, filter.severity],
  );
  const state = report.isPending ? 'loading' : report.isError ? 'error' : 'ready';
  return (
    <section data-testid="security-posture" data-state={state} aria-label="Encryption & network">
      <Container
        header={
          <Header
            variant="h2"
            description="Encryption at rest and in transit, network isolation and key rotation, read live from every resource of the pipeline."
            actions={
              <Button onClick={() => void report.refetch()} loading={report.isFetching} data-testid="posture-refresh">
                Check again
              </Button>
            }
          >
            Encryption & network
          </Header>
        }
      >
        {state === 'loading' && <p className="empty-state">Reading buckets, jobs, endpoints, log groups, APIs, load balancers and keys…</p>}
        {state === 'error' && (
          <ErrorNotice error={report.error} title="The posture could not be read" action={<Button onClick={() => void report.refetch()}>Try again</Button>} />
        )}
        {report.data && (
          <SpaceBetween size="m">
            <PostureSummary counts={report.data.counts} />
            {report.data.notices.map((notice) => (
              <p key={notice} className="notice" data-testid="posture-notice">
                {notice}
              </p>
            ))}
            <ChecksNotRun items={report.data.checksNotRun} />
            <PostureFilters filter={filter} onChange={(next) => navigateHref(filterHref(next))} />
            <p data-testid="posture-shown">
              {findings.length} of {report.data.findings.length} findings shown · read {new Date(report.data.generatedAt).toLocaleString()}
            </p>
            <FindingsTable findings={findings} />
          </SpaceBetween>
        )}
      </Container>
    </section>
  );
}
