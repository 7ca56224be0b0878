import {
  DescribeLoadBalancersCommand,
  type ElasticLoadBalancingV2Client,
  type LoadBalancer,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { HealthCounts, LoadBalancerPage } from '../../../../shared/domain/load-balancers';
import { readTags } from './elb-tags';
import { healthNotice, readGroupHealth } from './group-health';
import { loadBalancerSummary } from './load-balancer-summary';
import { ELB_PAGE_SIZE, pageInput, readMarkerPages } from './marker-pages';
import { addCounts } from './target-health';
import { describeTargetGroupPages } from './target-group-pages';

export const MAX_LISTED = ELB_PAGE_SIZE;

interface LoadBalancerHealth {
  byLoadBalancer: Map<string, HealthCounts>;
  /** Load balancers one of whose target groups could not be read. */
  unknown: Set<string>;
  notice?: string;
}

/**
 * Health per load balancer over every target group that names it (a group two load balancers
 * share counts for both). Target groups and their health are read once for the whole list.
 */
async function healthOf(elbv2: ElasticLoadBalancingV2Client, lbArns: ReadonlySet<string>, signal: AbortSignal): Promise<LoadBalancerHealth> {
  let groups: TargetGroup[];
  try {
    groups = await describeTargetGroupPages(elbv2, {}, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      byLoadBalancer: new Map(),
      unknown: new Set(lbArns),
      notice: `Target groups could not be read (${reason}), so load balancers show no health counts. Check elasticloadbalancing:DescribeTargetGroups permission, then reload.`,
    };
  }
  const used = groups.filter((group) => group.TargetGroupArn && (group.LoadBalancerArns ?? []).some((arn) => lbArns.has(arn)));
  const health = await readGroupHealth(elbv2, used.map((group) => group.TargetGroupArn ?? ''), signal);
  const failed = new Set(health.failed.map((f) => f.arn));
  const result: LoadBalancerHealth = { byLoadBalancer: new Map(), unknown: new Set() };
  for (const arn of lbArns) result.byLoadBalancer.set(arn, { healthy: 0, unhealthy: 0, other: 0 });
  for (const group of used) {
    const counts = health.counts.get(group.TargetGroupArn ?? '');
    for (const lbArn of group.LoadBalancerArns ?? []) {
      const sum = result.byLoadBalancer.get(lbArn);
      if (!sum) continue;
      if (failed.has(group.TargetGroupArn ?? '') || !counts) result.unknown.add(lbArn);
      else result.byLoadBalancer.set(lbArn, addCounts(sum, counts));
    }
  }
  const notice = healthNotice(health.failed, 'the load balancers they serve');
  if (notice) result.notice = notice;
  return result;
}

/**
 * Every load balancer of the session up to 400 (one DescribeLoadBalancers page; a notice when
 * there are more), with tags (DescribeTags, 20 ARNs a call) and target health counts.
 */
export async function listLoadBalancers(elbv2: ElasticLoadBalancingV2Client, signal: AbortSignal): Promise<LoadBalancerPage> {
  const read = await readMarkerPages<LoadBalancer>(async (marker) => {
    const answer = await elbv2.send(new DescribeLoadBalancersCommand(pageInput(marker)), { abortSignal: signal });
    return { items: answer.LoadBalancers ?? [], nextMarker: answer.NextMarker };
  }, 1);
  const arns = read.items.flatMap((lb) => (lb.LoadBalancerArn ? [lb.LoadBalancerArn] : []));
  if (arns.length === 0) return { items: [] };
  const [tags, health] = await Promise.all([readTags(elbv2, arns, signal), healthOf(elbv2, new Set(arns), signal)]);
  const items = read.items
    .map((lb) => {
      const arn = lb.LoadBalancerArn ?? '';
      return loadBalancerSummary(lb, tags.get(arn) ?? {}, health.unknown.has(arn) ? undefined : health.byLoadBalancer.get(arn));
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const notices = [read.truncated ? truncatedNotice(items.length) : undefined, health.notice].filter((n): n is string => n !== undefined);
  return notices.length > 0 ? { items, notice: notices.join(' ') } : { items };
}

function truncatedNotice(shown: number): string {
  return `Showing the first ${shown} load balancers: this account and region has more than ${MAX_LISTED}. Open one by name to see any of the others.`;
}
