import { createHash } from 'node:crypto';
import type { MetricDatum, ServiceEnv, Where } from '../../types';
import { loadBalancerDimension, targetGroupDimension } from './ids';
import { loadBalancerState } from './load-balancer-operations';
import type { ElbStore, LoadBalancerRecord, RegionElb, TargetGroupRecord, TargetRecord } from './model';
import { healthView } from './target-health';
import { forwardedGroups, groupUse } from './usage';

const MINUTE_MS = 60_000;
/** Synthetic load per target group of an ALB, in requests per simulated minute. */
export const ALB_REQUESTS_PER_MINUTE = 120;
/** Synthetic load per serving NLB target: open flows, and bytes each flow moves in a minute. */
export const NLB_FLOWS_PER_TARGET = 20;
export const NLB_BYTES_PER_FLOW_MINUTE = 50_000;

interface Serving {
  target: TargetRecord;
  zone: string;
}

/** Target groups a load balancer's listeners and rules forward to. */
function groupsOf(region: RegionElb, lb: LoadBalancerRecord): TargetGroupRecord[] {
  const listeners = Object.values(region.listeners).filter((l) => l.loadBalancerArn === lb.arn);
  const arns = new Set(listeners.flatMap((l) => forwardedGroups(l.defaultActions)));
  for (const rule of Object.values(region.rules)) if (listeners.some((l) => l.arn === rule.listenerArn)) for (const arn of forwardedGroups(rule.actions)) arns.add(arn);
  return [...arns].map((arn) => region.targetGroups[arn]).filter((g): g is TargetGroupRecord => g !== undefined);
}

/** A stable response time per target (40..59 ms), so charts are steady and tests can read them. */
export function responseSeconds(targetId: string): number {
  return (40 + (createHash('sha256').update(targetId).digest()[0] ?? 0) % 20) / 1000;
}

/**
 * Once a simulated minute, every active load balancer publishes what AWS's would:
 * AWS/ApplicationELB (HealthyHostCount and UnHealthyHostCount per LoadBalancer+TargetGroup and per
 * zone; RequestCount, HTTPCode_Target_2XX/5XX_Count, HTTPCode_ELB_5XX_Count and TargetResponseTime
 * when there were requests, as AWS reports those only when non-zero) and AWS/NetworkELB
 * (host counts, ActiveFlowCount, ProcessedBytes). Traffic is spread evenly over the healthy
 * targets; with none healthy the load balancer fails open to the unhealthy ones (ALB guide,
 * "Health checks for target groups"), so a broken target's errors show up as 5XX counts; with no
 * target in service there is no traffic.
 */
export class ElbMetrics {
  private cancel: (() => void) | undefined;

  constructor(
    private readonly store: ElbStore,
    private readonly env: ServiceEnv,
  ) {}

  /** Ticks only while some load balancer exists. */
  sync(): void {
    const any = this.store.all().some((region) => Object.keys(region.loadBalancers).length > 0);
    if (any && !this.cancel) this.cancel = this.env.clock.every(MINUTE_MS, () => this.publish());
    if (!any) this.stop();
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private publish(): void {
    // The minute that just ended.
    const timestamp = this.env.clock.now() - 1;
    for (const region of this.store.all())
      for (const lb of Object.values(region.loadBalancers))
        if (loadBalancerState(lb, timestamp) === 'active') for (const group of groupsOf(region, lb)) this.publishGroup(region, lb, group, timestamp);
  }

  private publishGroup(region: RegionElb, lb: LoadBalancerRecord, group: TargetGroupRecord, timestamp: number): void {
    const network = lb.type === 'network';
    const namespace = network ? 'AWS/NetworkELB' : 'AWS/ApplicationELB';
    const LoadBalancer = loadBalancerDimension(lb.arn);
    const TargetGroup = targetGroupDimension(group.arn);
    const put = (metricName: string, dimensions: Record<string, string>, value: number, unit: string) =>
      this.env.bus.metrics?.put(region.where as Where, { namespace, metricName, dimensions, value, unit, timestamp } satisfies MetricDatum);
    const use = groupUse(region, group);
    const states = group.targets.map((target) => ({ target, zone: target.availabilityZone ?? lb.zones[0]?.ZoneName ?? '', state: healthView(group, target, use).State }));
    const zones = lb.zones.map((z) => z.ZoneName);
    for (const [name, state] of [['HealthyHostCount', 'healthy'], ['UnHealthyHostCount', 'unhealthy']] as const) {
      put(name, { LoadBalancer, TargetGroup }, states.filter((s) => s.state === state).length, 'Count');
      for (const AvailabilityZone of zones) put(name, { LoadBalancer, TargetGroup, AvailabilityZone }, states.filter((s) => s.state === state && s.zone === AvailabilityZone).length, 'Count');
    }
    const healthy = states.filter((s) => s.state === 'healthy');
    const serving: Serving[] = healthy.length > 0 ? healthy : states.filter((s) => s.state === 'unhealthy');
    if (serving.length === 0) return;
    if (network) this.publishFlows(put, LoadBalancer, serving);
    else this.publishRequests(put, LoadBalancer, TargetGroup, serving);
  }

  private publishFlows(put: (name: string, dims: Record<string, string>, value: number, unit: string) => void, LoadBalancer: string, serving: Serving[]): void {
    // A target that does not accept connections carries no flows.
    const flowing = serving.filter((s) => s.target.fault === 'none' || s.target.fault === 'responseCode');
    const flows = flowing.length * NLB_FLOWS_PER_TARGET;
    put('ActiveFlowCount', { LoadBalancer }, flows, 'Count');
    put('ProcessedBytes', { LoadBalancer }, flows * NLB_BYTES_PER_FLOW_MINUTE, 'Bytes');
  }

  private publishRequests(
    put: (name: string, dims: Record<string, string>, value: number, unit: string) => void,
    LoadBalancer: string,
    TargetGroup: string,
    serving: Serving[],
  ): void {
    let elb5xx = 0;
    serving.forEach(({ target, zone }, index) => {
      const share = Math.floor(ALB_REQUESTS_PER_MINUTE / serving.length) + (index < ALB_REQUESTS_PER_MINUTE % serving.length ? 1 : 0);
      if (share === 0) return;
      const dims: Record<string, string>[] = [{ LoadBalancer }, { LoadBalancer, TargetGroup }, { LoadBalancer, TargetGroup, AvailabilityZone: zone }];
      for (const d of dims) put('RequestCount', d, share, 'Count');
      // A target that times out or refuses connections never answers: the load balancer does (504 / 502).
      if (target.fault === 'timeout' || target.fault === 'connection') {
        elb5xx += share;
        return;
      }
      const code = target.fault === 'responseCode' ? 'HTTPCode_Target_5XX_Count' : 'HTTPCode_Target_2XX_Count';
      for (const d of dims) {
        put(code, d, share, 'Count');
        put('TargetResponseTime', d, responseSeconds(target.id), 'Seconds');
      }
    });
    if (elb5xx > 0) put('HTTPCode_ELB_5XX_Count', { LoadBalancer }, elb5xx, 'Count');
  }
}
