import '../../jobs/jobs.css';
import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { EndpointDetail as Detail } from '../../../../../shared/domain/endpoints';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { KeyValueTable } from '../../jobs/detail/KeyValueTable';
import { recommendHref } from '../../alarms/alarm-routes';
import { exposeHref } from '../../api/api-routes';
import { LineageLink } from '../../lineage/LineageLink';
import { tailHref } from '../../logs/logs-routes';
import { useSessionQuery } from '../../use-session-query';
import { EndpointStatus } from '../EndpointStatus';
import { deployHref, deploymentHref, endpointsHref, invokeHref, scalingHref } from '../endpoint-routes';
import { targetLabel } from '../rollback/plan-diff';
import { useEndpointFollow } from '../use-endpoint-follow';
import { DeploymentHistory } from './DeploymentHistory';
import { VariantsTable } from './VariantsTable';

const RollbackDialog = lazy(() => import('../rollback/RollbackDialog'));
const EndpointDashboard = lazy(() => import('../metrics/EndpointDashboard'));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return <Container header={<Header variant="h2">{title}</Header>}>{children}</Container>;
}

function Actions({ endpoint, onRollback }: { endpoint: Detail; onRollback: () => void }) {
  const target = endpoint.rollbackTarget;
  return (
    <SpaceBetween direction="horizontal" size="xs">
      {[
        target && (
          <Button key="rollback" data-testid="endpoint-action-rollback" onClick={onRollback}>
            Roll back to {targetLabel(target.variants, target.configName)}…
          </Button>
        ),
        <Button key="deploy" data-testid="endpoint-action-deploy" href={deployHref(endpoint.name)}>
          Deploy a version
        </Button>,
        <Button key="scaling" data-testid="endpoint-action-scaling" href={scalingHref(endpoint.name)}>
          Autoscaling
        </Button>,
        <Button key="invoke" data-testid="endpoint-action-invoke" href={invokeHref(endpoint.name)}>
          Test invocation
        </Button>,
        <Button
          key="tail"
          data-testid="endpoint-action-tail"
          href={tailHref({ kind: 'endpoint', name: endpoint.name })}
        >
          Tail logs
        </Button>,
        <Button key="alarms" data-testid="endpoint-action-alarms" href={recommendHref(endpoint.name)}>
          Recommended alarms
        </Button>,
        <Button key="expose" data-testid="endpoint-action-expose" href={exposeHref(endpoint.name)}>
          Expose as an API
        </Button>,
        <LineageLink key="lineage" resource={endpoint.arn} />,
      ]}
    </SpaceBetween>
  );
}

/** One endpoint: what serves now, its deployment history, rollback, and the ways to change it. `#/endpoints/<name>`. */
export default function EndpointDetail({ name }: { name: string }) {
  const detail = useSessionQuery('endpoints.describe', { endpointName: name });
  const [rollingBack, setRollingBack] = useState(false);
  useEndpointFollow(name);
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'Endpoints', href: endpointsHref() },
        { text: name, href: '#' },
      ]}
    />
  );
  if (detail.isPending) {
    return (
      <div data-testid="endpoint-detail" data-state="loading">
        {crumbs}
        <p role="status">Loading {name}…</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-testid="endpoint-detail" data-state="error">
        {crumbs}
        <ErrorNotice
          error={detail.error}
          title={`${name} could not be read`}
          action={
            <SpaceBetween direction="horizontal" size="xs">
              <button type="button" className="button" onClick={() => void detail.refetch()}>
                Try again
              </button>
              <a href={endpointsHref()}>Back to the endpoints</a>
            </SpaceBetween>
          }
        />
      </div>
    );
  }
  const endpoint = detail.data;
  return (
    <div data-testid="endpoint-detail" data-state="ready" data-status={endpoint.status}>
      <SpaceBetween size="l">
        {[
          crumbs,
          endpoint.failureReason && (
            <Alert key="failure" type="error" header={`AWS reports a failure on ${name}`}>
              <span data-testid="endpoint-failure-reason">{endpoint.failureReason}</span>
            </Alert>
          ),
          endpoint.deploymentInProgress && (
            <Alert
              key="deploying"
              type="info"
              header="A deployment is in progress"
              data-testid="endpoint-deploying"
              action={<Button href={deploymentHref(name)}>Follow the deployment</Button>}
            >
              {endpoint.pending ? `Deploying config ${endpoint.pending.configName}. ` : ''}AWS refuses another update
              until it ends.
            </Alert>
          ),
          <Header
            key="header"
            variant="h1"
            description={<EndpointStatus endpoint={endpoint} />}
            actions={<Actions endpoint={endpoint} onRollback={() => setRollingBack(true)} />}
          >
            {endpoint.name}
          </Header>,
          <Section key="variants" title="Variants">
            <VariantsTable endpointName={name} variants={endpoint.variants} />
          </Section>,
          <Suspense key="metrics" fallback={<p role="status">Loading the metrics…</p>}>
            <EndpointDashboard endpointName={name} />
          </Suspense>,
          <Section key="history" title="Deployment history">
            <DeploymentHistory history={endpoint.history} />
          </Section>,
          <Section key="tags" title="Tags">
            <KeyValueTable entries={endpoint.tags} caption="Tags" empty="No tags." testId="endpoint-tags" />
          </Section>,
        ]}
      </SpaceBetween>
      {rollingBack && (
        <Suspense fallback={<p role="status">Loading the rollback…</p>}>
          <RollbackDialog endpointName={name} onClose={() => setRollingBack(false)} />
        </Suspense>
      )}
    </div>
  );
}
