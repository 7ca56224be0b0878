import type { LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { HealthCounts, LoadBalancerSummary } from '../../../../shared/domain/load-balancers';
import { SERVES_ENDPOINT_TAG } from './elb-tags';

/** A DescribeLoadBalancers entry with its tags and (when read) the health of its targets. */
export function loadBalancerSummary(lb: LoadBalancer, tags: Record<string, string>, health: HealthCounts | undefined): LoadBalancerSummary {
  const serves = tags[SERVES_ENDPOINT_TAG];
  return {
    arn: lb.LoadBalancerArn ?? '',
    name: lb.LoadBalancerName ?? '',
    type: lb.Type ?? 'application',
    scheme: lb.Scheme ?? 'internet-facing',
    state: lb.State?.Code ?? 'active',
    ...(lb.State?.Reason ? { stateReason: lb.State.Reason } : {}),
    ...(lb.DNSName ? { dnsName: lb.DNSName } : {}),
    ...(lb.VpcId ? { vpcId: lb.VpcId } : {}),
    availabilityZones: (lb.AvailabilityZones ?? []).flatMap((zone) => (zone.ZoneName ? [zone.ZoneName] : [])).sort(),
    ...(lb.CreatedTime ? { createdAt: lb.CreatedTime.toISOString() } : {}),
    tags,
    ...(serves ? { servesEndpoint: serves } : {}),
    ...(health ? { health } : {}),
  };
}
