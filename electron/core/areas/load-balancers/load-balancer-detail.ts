import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupAttributesCommand,
  type ElasticLoadBalancingV2Client,
  type Listener,
  type LoadBalancer,
  type Rule,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { HealthCounts, LoadBalancerDetail } from '../../../../shared/domain/load-balancers';
import { SageDeckError } from '../../../../shared/errors';
import { mapLimited } from '../data/storage/limited';
import { readTags } from './elb-tags';
import { healthNotice, readGroupHealth } from './group-health';
import { listenerView, sortListeners } from './listener-views';
import { loadBalancerSummary } from './load-balancer-summary';
import { pageInput, readMarkerPages } from './marker-pages';
import { addCounts } from './target-health';
import { describeTargetGroupPages } from './target-group-pages';
import { targetGroupView } from './target-group-view';

/** Per-listener and per-group reads in flight at once. */
const CONCURRENT_READS = 4;

const isNotFound = (error: unknown) => error instanceof Error && /^LoadBalancerNotFound(Exception)?$/.test(error.name);

export function loadBalancerNotFound(name: string, region: string): SageDeckError {
  return new SageDeckError({
    code: 'LoadBalancerNotFound',
    message: `There is no load balancer named ${name} in this account and region (${region}). It may have been deleted, or it is in another region: go back to the list.`,
    retryable: false,
  });
}

async function describeNamed(elbv2: ElasticLoadBalancingV2Client, name: string, region: string, signal: AbortSignal): Promise<LoadBalancer> {
  try {
    const answer = await elbv2.send(new DescribeLoadBalancersCommand({ Names: [name] }), { abortSignal: signal });
    const lb = answer.LoadBalancers?.[0];
    if (lb) return lb;
  } catch (error) {
    if (isNotFound(error)) throw loadBalancerNotFound(name, region);
    throw error;
  }
  throw loadBalancerNotFound(name, region);
}

async function listenersOf(elbv2: ElasticLoadBalancingV2Client, lbArn: string, signal: AbortSignal): Promise<Listener[]> {
  const read = await readMarkerPages(async (marker) => {
    const answer = await elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn, ...pageInput(marker) }), { abortSignal: signal });
    return { items: answer.Listeners ?? [], nextMarker: answer.NextMarker };
  });
  return read.items;
}

async function rulesOf(elbv2: ElasticLoadBalancingV2Client, listenerArn: string, signal: AbortSignal): Promise<Rule[]> {
  const read = await readMarkerPages(async (marker) => {
    const answer = await elbv2.send(new DescribeRulesCommand({ ListenerArn: listenerArn, ...pageInput(marker) }), { abortSignal: signal });
    return { items: answer.Rules ?? [], nextMarker: answer.NextMarker };
  });
  return read.items;
}

export interface DetailDeps {
  elbv2: ElasticLoadBalancingV2Client;
  region: string;
  signal: AbortSignal;
}

/**
 * One load balancer by name: attributes, listeners with their rules (the default rule as
 * `default`), the target groups it forwards to with health-check settings, deregistration delay,
 * tags and target health counts. Health that cannot be read is left out with a notice.
 */
export async function loadBalancerDetail(deps: DetailDeps, name: string): Promise<LoadBalancerDetail> {
  const { elbv2, signal } = deps;
  const lb = await describeNamed(elbv2, name, deps.region, signal);
  const lbArn = lb.LoadBalancerArn ?? '';
  const [attributes, listeners, groups] = await Promise.all([
    elbv2.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: lbArn }), { abortSignal: signal }),
    listenersOf(elbv2, lbArn, signal),
    describeTargetGroupPages(elbv2, { LoadBalancerArn: lbArn }, signal),
  ]);
  const groupArns = groups.flatMap((g) => (g.TargetGroupArn ? [g.TargetGroupArn] : []));
  const [listenerViews, groupAttributes, tags, health] = await Promise.all([
    mapLimited(listeners, CONCURRENT_READS, async (listener) => listenerView(listener, await rulesOf(elbv2, listener.ListenerArn ?? '', signal))),
    mapLimited(groupArns, CONCURRENT_READS, async (arn) => (await elbv2.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }), { abortSignal: signal })).Attributes),
    readTags(elbv2, [lbArn, ...groupArns], signal),
    readGroupHealth(elbv2, groupArns, signal),
  ]);
  const attributesOf = new Map(groupArns.map((arn, index) => [arn, groupAttributes[index]]));
  const targetGroups = groups.map((group) => {
    const arn = group.TargetGroupArn ?? '';
    return targetGroupView(group, { attributes: attributesOf.get(arn), tags: tags.get(arn) ?? {}, health: health.counts.get(arn) });
  });
  const total =
    health.failed.length > 0 ? undefined : [...health.counts.values()].reduce<HealthCounts>((sum, counts) => addCounts(sum, counts), { healthy: 0, unhealthy: 0, other: 0 });
  const notice = healthNotice(health.failed, 'those groups and the load balancer');
  return {
    summary: loadBalancerSummary(lb, tags.get(lbArn) ?? {}, total),
    attributes: Object.fromEntries((attributes.Attributes ?? []).flatMap((a) => (a.Key ? [[a.Key, a.Value ?? '']] : []))),
    listeners: sortListeners(listenerViews),
    targetGroups: targetGroups.sort((a, b) => a.name.localeCompare(b.name)),
    notices: notice ? [notice] : [],
  };
}
