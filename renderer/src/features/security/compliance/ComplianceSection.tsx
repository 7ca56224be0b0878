import './compliance.css';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { COMPLIANCE_STATEMENT } from '../../../../../shared/domain/compliance';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { ChecksNotRun } from '../posture/ChecksNotRun';
import type { SectionProps } from '../SectionProps';
import { ControlRow } from './ControlRow';
import { ExportButtons } from './ExportButtons';
import { RegionsEditor } from './RegionsEditor';

/** The compliance evidence report: each control evaluated live, its evidence, the chosen regions, and the export. */
export default function ComplianceSection(_props: SectionProps) {
  const report = useSessionQuery('compliance.report', {});
  const regions = useSessionQuery('compliance.regions', {});
  const state = report.isPending ? 'loading' : report.isError ? 'error' : 'ready';
  return (
    <section data-testid="security-compliance" data-state={state} aria-label="Compliance evidence">
      <Container
        header={
          <Header variant="h2" description="Technical controls relevant to GDPR, HIPAA and PCI DSS, evaluated live." actions={<ExportButtons />}>
            Compliance evidence
          </Header>
        }
      >
        <SpaceBetween size="m">
          <p className="compliance-statement" data-testid="compliance-statement">
            {COMPLIANCE_STATEMENT}
          </p>
          {regions.data && <RegionsEditor key={regions.data.regions.join(',')} regions={regions.data.regions} />}
          {state === 'loading' && <p className="empty-state">Evaluating the controls…</p>}
          {state === 'error' && <ErrorNotice error={report.error} title="The controls could not be evaluated" action={<Button onClick={() => void report.refetch()}>Try again</Button>} />}
          {report.data && (
            <>
              <p data-testid="compliance-facts">
                Account {report.data.accountId ?? 'unknown'} · {report.data.region} · profile {report.data.profile} · evaluated {new Date(report.data.generatedAt).toLocaleString()}
              </p>
              <ChecksNotRun items={report.data.checksNotRun} />
              <ul className="compliance-controls" aria-label="Controls">
                {report.data.controls.map((control) => (
                  <ControlRow key={control.id} control={control} />
                ))}
              </ul>
              <p>{report.data.frameworksNote}</p>
            </>
          )}
        </SpaceBetween>
      </Container>
    </section>
  );
}
