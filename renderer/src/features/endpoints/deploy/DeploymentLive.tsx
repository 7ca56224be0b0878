import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { DeploymentPhase, DeploymentProgress } from '../../../../../shared/domain/endpoints';
import { PlainTable } from '../../jobs/detail/PlainTable';
import { tailHref } from '../../logs/logs-routes';
import { endpointHref, endpointsHref } from '../endpoint-routes';
import { useEndpointFollow } from '../use-endpoint-follow';
import { useDeployment } from './use-deployment';

const PHASE: Record<DeploymentPhase, { label: string; type: StatusIndicatorProps.Type }> = {
  creating: { label: 'Creating the endpoint', type: 'in-progress' },
  provisioning: { label: 'Provisioning the new fleet', type: 'in-progress' },
  baking: { label: 'Shifting traffic and baking', type: 'in-progress' },
  terminating: { label: 'Retiring the old fleet', type: 'in-progress' },
  inService: { label: 'In service', type: 'success' },
  failed: { label: 'Failed', type: 'error' },
  rolledBack: { label: 'Rolled back', type: 'warning' },
};

function Outcome({ progress }: { progress: DeploymentProgress }) {
  if (!progress.done) return null;
  if (progress.phase === 'inService') {
    return (
      <Alert type="success" header="Deployed" data-testid="deployment-outcome" data-outcome="inService">
        {progress.endpointName} is in service on{' '}
        {progress.servingConfigName ?? progress.targetConfigName ?? 'its new config'}.
      </Alert>
    );
  }
  const rolledBack = progress.phase === 'rolledBack';
  return (
    <Alert
      type={rolledBack ? 'warning' : 'error'}
      header={rolledBack ? 'AWS rolled the deployment back' : 'The deployment failed'}
      data-testid="deployment-outcome"
      data-outcome={progress.phase}
    >
      <span data-testid="deployment-reason">{progress.reason ?? 'AWS gave no reason.'}</span>
      {rolledBack && progress.servingConfigName && <> The previous config {progress.servingConfigName} still serves.</>}
    </Alert>
  );
}

function Alarms({ progress }: { progress: DeploymentProgress }) {
  if (progress.alarms.length === 0) return <p>No auto-rollback alarms guard this deployment.</p>;
  return (
    <PlainTable
      caption="Alarms watched during the deployment"
      columns={['Alarm', 'State', 'Why']}
      testId="deployment-alarms"
    >
      {progress.alarms.map((alarm) => (
        <tr key={alarm.name} data-testid={`deployment-alarm-${alarm.name}`} data-state={alarm.state}>
          <th scope="row">{alarm.name}</th>
          <td>
            <StatusIndicator type={alarm.state === 'ALARM' ? 'error' : alarm.state === 'OK' ? 'success' : 'info'}>
              {alarm.state}
            </StatusIndicator>
          </td>
          <td>{alarm.reason ?? '-'}</td>
        </tr>
      ))}
    </PlainTable>
  );
}

/** An endpoint's deployment as it runs, until in service, failed or rolled back. `#/endpoints/<name>/deployment`. */
export default function DeploymentLive({ name }: { name: string }) {
  const { progress, problem } = useDeployment(name);
  useEndpointFollow(name);
  const phase = progress ? PHASE[progress.phase] : undefined;
  return (
    <div data-testid="deployment-live" data-phase={progress?.phase ?? 'loading'} data-done={progress?.done ?? false}>
      <SpaceBetween size="l">
        <BreadcrumbGroup
          ariaLabel="Breadcrumbs"
          items={[
            { text: 'Endpoints', href: endpointsHref() },
            { text: name, href: endpointHref(name) },
            { text: 'Deployment', href: '#' },
          ]}
        />
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button href={endpointHref(name)}>Endpoint and history</Button>
              <Button href={tailHref({ kind: 'endpoint', name })}>Tail logs</Button>
            </SpaceBetween>
          }
        >
          Deployment to {name}
        </Header>
        {problem && <Alert type="warning">{problem}</Alert>}
        {!progress ? (
          <p role="status">Reading the deployment…</p>
        ) : (
          <SpaceBetween size="l">
            <Outcome progress={progress} />
            <Container header={<Header variant="h2">Progress</Header>}>
              <SpaceBetween size="m">
                <div role="status" aria-live="polite" data-testid="deployment-phase">
                  <StatusIndicator type={phase?.type ?? 'info'}>{phase?.label}</StatusIndicator>
                </div>
                <KeyValuePairs
                  columns={3}
                  items={[
                    { label: 'Endpoint status', value: progress.status },
                    { label: 'Deploying config', value: progress.targetConfigName ?? '-' },
                    { label: 'Serving config', value: progress.servingConfigName ?? '-' },
                    {
                      label: 'Traffic-shift step',
                      value: <span data-testid="deployment-step">{progress.step ?? '-'}</span>,
                    },
                  ]}
                />
                {progress.newFleetShare !== undefined && (
                  <ProgressBar
                    label="Traffic on the new fleet"
                    value={Math.round(progress.newFleetShare * 100)}
                    status="in-progress"
                  />
                )}
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2">Auto-rollback alarms</Header>}>
              <Alarms progress={progress} />
            </Container>
          </SpaceBetween>
        )}
      </SpaceBetween>
    </div>
  );
}
