import './load-balancers.css';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import type { LoadBalancerSummary } from '../../../../../shared/domain/load-balancers';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { endpointHref } from '../../endpoints/endpoint-routes';
import { useSessionQuery } from '../../use-session-query';
import { loadBalancerHref } from '../api-routes';
import { DnsName } from './DnsName';
import { labelOf, LB_TYPE_LABEL, SCHEME_LABEL } from './lb-format';
import { HealthSummary, LoadBalancerState } from './LoadBalancerState';

/** Every application and network load balancer of the account and region, below the REST APIs on `#/api`. */
export function LoadBalancerList() {
  const list = useSessionQuery('loadBalancers.list', {});
  const state = list.isPending ? 'loading' : list.isError ? 'error' : 'ready';
  return (
    <section data-testid="load-balancer-list" data-state={state} aria-label="Load balancers" className="lb-list">
      {list.isError ? (
        <ErrorNotice
          error={list.error}
          title="The load balancers could not be listed"
          action={
            <button type="button" className="button" onClick={() => void list.refetch()}>
              Try again
            </button>
          }
        />
      ) : (
        <>
          {list.data?.notice && (
            <Alert type="info" header="This list may be incomplete" data-testid="load-balancer-notice">
              {list.data.notice}
            </Alert>
          )}
          <LoadBalancerTable items={list.data?.items ?? []} loading={list.isPending} />
        </>
      )}
    </section>
  );
}

function LoadBalancerTable({ items, loading }: { items: LoadBalancerSummary[]; loading: boolean }) {
  return (
    <Table<LoadBalancerSummary>
      variant="container"
      items={items}
      trackBy="arn"
      loading={loading}
      loadingText="Loading load balancers"
      wrapLines
      header={
        <Header
          variant="h2"
          counter={loading ? undefined : `(${items.length})`}
          description="Application and network load balancers, the endpoint each serves (its sagedeck:endpoint tag) and the health of their targets."
        >
          Load balancers
        </Header>
      }
      columnDefinitions={[
        {
          id: 'name',
          header: 'Name',
          isRowHeader: true,
          cell: (lb) => (
            <Link href={loadBalancerHref(lb.name)} data-testid={`load-balancer-row-${lb.name}`}>
              {lb.name}
            </Link>
          ),
        },
        { id: 'type', header: 'Type', cell: (lb) => labelOf(LB_TYPE_LABEL, lb.type) },
        { id: 'scheme', header: 'Scheme', cell: (lb) => labelOf(SCHEME_LABEL, lb.scheme) },
        { id: 'state', header: 'State', cell: (lb) => <LoadBalancerState state={lb.state} reason={lb.stateReason} /> },
        { id: 'dns', header: 'DNS name', cell: (lb) => (lb.dnsName ? <DnsName name={lb.name} dnsName={lb.dnsName} /> : '—') },
        {
          id: 'endpoint',
          header: 'Serves endpoint',
          cell: (lb) => (lb.servesEndpoint ? <Link href={endpointHref(lb.servesEndpoint)}>{lb.servesEndpoint}</Link> : '—'),
        },
        { id: 'health', header: 'Target health', cell: (lb) => <HealthSummary health={lb.health} testId={`load-balancer-health-${lb.name}`} /> },
      ]}
      empty={
        <Box textAlign="center" color="inherit" data-testid="load-balancer-empty">
          <Box variant="strong" color="inherit">
            No load balancers in this region
          </Box>
          <Box variant="p" color="inherit">
            Application and network load balancers created in Elastic Load Balancing appear here. Switch the region to see others.
          </Box>
        </Box>
      }
    />
  );
}
