import './load-balancers.css';
import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { lazy, Suspense } from 'react';
import { navigateHref } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { apiHomeHref, loadBalancerHref } from '../api-routes';
import { LoadBalancerAttributes, LoadBalancerOverview } from './detail/LoadBalancerOverview';
import { ListenersTab } from './detail/ListenersTab';
import { TargetGroupsTab } from './detail/TargetGroupsTab';
import { labelOf, LB_TYPE_LABEL } from './lb-format';
import { LoadBalancerState } from './LoadBalancerState';

// uPlot stays out of the page until the metrics tab is opened.
const LoadBalancerMetrics = lazy(() => import('./metrics/LoadBalancerMetrics'));

const TABS = ['listeners', 'target-groups', 'metrics'] as const;
type Tab = (typeof TABS)[number];
const tabOf = (tab: string | undefined): Tab => (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'listeners';

/** One load balancer: what it is, its listeners and rules, its target groups and health checks, its metrics. `#/api/load-balancers/<name>?tab=`. */
export default function LoadBalancerDetailView({ name, tab }: { name: string; tab?: string }) {
  const detail = useSessionQuery('loadBalancers.describe', { name });
  const active = tabOf(tab);
  const crumbs = (
    <BreadcrumbGroup
      ariaLabel="Breadcrumbs"
      items={[
        { text: 'APIs and load balancers', href: apiHomeHref() },
        { text: name, href: loadBalancerHref(name) },
      ]}
    />
  );
  if (detail.isPending) {
    return (
      <div data-testid="load-balancer-detail" data-state="loading">
        {crumbs}
        <p role="status">Loading {name}…</p>
      </div>
    );
  }
  if (detail.isError) {
    return (
      <div data-testid="load-balancer-detail" data-state="error">
        {crumbs}
        <ErrorNotice
          error={detail.error}
          title={`${name} could not be read`}
          action={
            <SpaceBetween direction="horizontal" size="xs">
              <button type="button" className="button" onClick={() => void detail.refetch()}>
                Try again
              </button>
              <a href={apiHomeHref()}>Back to the load balancers</a>
            </SpaceBetween>
          }
        />
      </div>
    );
  }
  const lb = detail.data;
  return (
    <div data-testid="load-balancer-detail" data-state="ready" data-lb-state={lb.summary.state}>
      <SpaceBetween size="l">
        {crumbs}
        <Header variant="h1" description={<LoadBalancerState state={lb.summary.state} reason={lb.summary.stateReason} />}>
          {lb.summary.name} <span className="lb-kind">{labelOf(LB_TYPE_LABEL, lb.summary.type)} load balancer</span>
        </Header>
        {lb.notices.length > 0 && (
          <Alert type="info" header="Some details could not be read" data-testid="load-balancer-notices">
            <ul>
              {lb.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </Alert>
        )}
        <LoadBalancerOverview detail={lb} />
        <Tabs
          activeTabId={active}
          onChange={({ detail: change }) => navigateHref(loadBalancerHref(name, change.activeTabId))}
          ariaLabel={`Sections of ${name}`}
          tabs={[
            { id: 'listeners', label: `Listeners (${lb.listeners.length})`, content: <ListenersTab loadBalancer={name} listeners={lb.listeners} /> },
            { id: 'target-groups', label: `Target groups (${lb.targetGroups.length})`, content: <TargetGroupsTab loadBalancer={name} groups={lb.targetGroups} /> },
            {
              id: 'metrics',
              label: 'Metrics',
              content: active === 'metrics' && (
                <Suspense fallback={<p role="status">Loading the metrics…</p>}>
                  <LoadBalancerMetrics name={name} arn={lb.summary.arn} />
                </Suspense>
              ),
            },
          ]}
        />
        <LoadBalancerAttributes detail={lb} />
      </SpaceBetween>
    </div>
  );
}
