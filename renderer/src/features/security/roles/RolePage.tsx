import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { ApplySuggestionResult } from '../../../../../shared/domain/roles';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { FindingCounts } from './FindingCounts';
import { RoleFindings } from './RoleFindings';
import { RolePolicies } from './RolePolicies';
import { rolesHref } from './roles-routes';
import { RoleUsage } from './RoleUsage';
import { SimulatorForm } from './SimulatorForm';
import { SuggestionPanel } from './SuggestionPanel';

const appliedWords = (r: ApplySuggestionResult) =>
  `Applied: ${r.policyName}${r.versionId ? ` is now at version ${r.versionId}` : ' was replaced'}${r.deletedVersionId ? ` (old version ${r.deletedVersionId} deleted)` : ''}. The findings below are read again.`;

/** `#/security/roles/<roleName>`: findings with their fixes, usage, policies, the simulator, the suggestion. */
export function RolePage({ roleName }: { roleName: string }) {
  const detail = useSessionQuery('roles.describe', { roleName });
  const [suggesting, setSuggesting] = useState(false);
  const [applied, setApplied] = useState<ApplySuggestionResult>();
  const state = detail.isPending ? 'loading' : detail.isError ? 'error' : 'ready';
  return (
    <div data-testid="role-page" data-state={state}>
      <SpaceBetween size="l">
        <Header variant="h1" description={detail.data?.summary.arn} actions={<Button href={rolesHref()}>All roles</Button>}>
          {roleName}
        </Header>
        {state === 'loading' && <p className="loading" role="status">Reading {roleName} and the pipeline's resources…</p>}
        {state === 'error' && <ErrorNotice error={detail.error} title={`${roleName} could not be read`} action={<Button onClick={() => void detail.refetch()}>Try again</Button>} />}
        {detail.data && (
          <>
            {detail.data.notice && <p className="notice">{detail.data.notice}</p>}
            {applied && (
              <Alert type="success" dismissible onDismiss={() => setApplied(undefined)} data-testid="suggestion-applied">
                {appliedWords(applied)}
              </Alert>
            )}
            <Container header={<Header variant="h2" counter={`(${detail.data.findings.length})`} description={<FindingCounts counts={detail.data.summary.findingCounts} testId="role-finding-counts" />}>Findings</Header>}>
              <RoleFindings findings={detail.data.findings} />
            </Container>
            <Container
              header={
                <Header
                  variant="h2"
                  description="A policy with only what the pipeline's resources use this role for, compared with the current one. Nothing changes until you apply and confirm."
                  actions={
                    <Button onClick={() => setSuggesting(true)} disabled={suggesting} data-testid="suggest-least-privilege">
                      Suggest least privilege
                    </Button>
                  }
                >
                  Least privilege
                </Header>
              }
            >
              {suggesting ? (
                <SuggestionPanel
                  roleName={roleName}
                  onApplied={(result) => {
                    setApplied(result);
                    setSuggesting(false);
                  }}
                />
              ) : (
                <p>Build a suggestion to see it next to the current policy.</p>
              )}
            </Container>
            <Container header={<Header variant="h2">Used by</Header>}>
              <RoleUsage uses={detail.data.summary.usedBy} />
            </Container>
            <Container header={<Header variant="h2" description="Asks IAM's policy simulator whether this role's policies (and boundary) allow an action on a resource.">Can this role…?</Header>}>
              <SimulatorForm roleName={roleName} />
            </Container>
            <Container header={<Header variant="h2">Policies</Header>}>
              <RolePolicies trustPolicy={detail.data.trustPolicy} policies={detail.data.policies} />
            </Container>
          </>
        )}
      </SpaceBetween>
    </div>
  );
}
