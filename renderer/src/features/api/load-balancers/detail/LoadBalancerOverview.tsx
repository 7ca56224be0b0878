import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import type { LoadBalancerDetail } from '../../../../../../shared/domain/load-balancers';
import { KeyValueTable } from '../../../jobs/detail/KeyValueTable';
import { formatTime } from '../../../jobs/job-format';
import { endpointHref } from '../../../endpoints/endpoint-routes';
import { DnsName } from '../DnsName';
import { labelOf, LB_TYPE_LABEL, SCHEME_LABEL } from '../lb-format';
import { HealthSummary, LoadBalancerState } from '../LoadBalancerState';

/** The attributes people ask about first, in words; every attribute is in the table below. */
const ATTRIBUTE_WORDS: Record<string, (value: string) => string> = {
  'deletion_protection.enabled': (value) => (value === 'true' ? 'On' : 'Off'),
  'idle_timeout.timeout_seconds': (value) => `${value} s`,
};
const ATTRIBUTE_LABELS: Record<string, string> = {
  'deletion_protection.enabled': 'Deletion protection',
  'idle_timeout.timeout_seconds': 'Idle timeout',
};

/** What the load balancer is and where: type, scheme, state, DNS, VPC, zones, the endpoint it serves. */
export function LoadBalancerOverview({ detail }: { detail: LoadBalancerDetail }) {
  const { summary, attributes } = detail;
  const known = Object.keys(ATTRIBUTE_LABELS)
    .filter((key) => attributes[key] !== undefined)
    .map((key) => ({ label: ATTRIBUTE_LABELS[key], value: ATTRIBUTE_WORDS[key]?.(attributes[key] ?? '') ?? attributes[key] }));
  return (
    <Container header={<Header variant="h2">Details</Header>} data-testid="load-balancer-overview">
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Type', value: labelOf(LB_TYPE_LABEL, summary.type) },
          { label: 'Scheme', value: labelOf(SCHEME_LABEL, summary.scheme) },
          { label: 'State', value: <LoadBalancerState state={summary.state} reason={summary.stateReason} testId="load-balancer-state" /> },
          { label: 'DNS name', value: summary.dnsName ? <DnsName name={summary.name} dnsName={summary.dnsName} /> : '—' },
          { label: 'VPC', value: summary.vpcId ?? '—' },
          { label: 'Availability Zones', value: summary.availabilityZones.join(', ') || '—' },
          {
            label: 'Serves endpoint',
            value: summary.servesEndpoint ? (
              <Link href={endpointHref(summary.servesEndpoint)} data-testid="load-balancer-endpoint">
                {summary.servesEndpoint}
              </Link>
            ) : (
              'None tagged (sagedeck:endpoint)'
            ),
          },
          { label: 'Target health', value: <HealthSummary health={summary.health} /> },
          { label: 'Created', value: formatTime(summary.createdAt) },
          ...known,
        ]}
      />
    </Container>
  );
}

/** Tags and every attribute as AWS names them. */
export function LoadBalancerAttributes({ detail }: { detail: LoadBalancerDetail }) {
  return (
    <div className="lb-two-tables">
      <Container header={<Header variant="h2">Attributes</Header>}>
        <KeyValueTable entries={detail.attributes} caption="Attributes" empty="No attributes read." testId="load-balancer-attributes" />
      </Container>
      <Container header={<Header variant="h2">Tags</Header>}>
        <KeyValueTable entries={detail.summary.tags} caption="Tags" empty="No tags." testId="load-balancer-tags" />
      </Container>
    </div>
  );
}
