import { DescribeTargetGroupsCommand, type ElasticLoadBalancingV2Client, type TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import { pageInput, readMarkerPages } from './marker-pages';

/** Every target group of the session, or of one load balancer, 400 a page. */
export async function describeTargetGroupPages(elbv2: ElasticLoadBalancingV2Client, filter: { LoadBalancerArn?: string }, signal: AbortSignal): Promise<TargetGroup[]> {
  const read = await readMarkerPages(async (marker) => {
    const answer = await elbv2.send(new DescribeTargetGroupsCommand({ ...filter, ...pageInput(marker) }), { abortSignal: signal });
    return { items: answer.TargetGroups ?? [], nextMarker: answer.NextMarker };
  });
  return read.items;
}
