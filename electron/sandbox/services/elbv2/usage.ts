import { asRecord, asString } from '../../protocols/values';
import type { ActionRecord, LoadBalancerRecord, RegionElb, TargetGroupRecord } from './model';

/** The target groups an action forwards to (TargetGroupArn, or every group of its ForwardConfig). */
export function forwardedGroups(actions: ActionRecord[]): string[] {
  const arns = new Set<string>();
  for (const action of actions) {
    if (action.Type !== 'forward') continue;
    const single = asString(action.TargetGroupArn);
    if (single) arns.add(single);
    const groups = asRecord(action.ForwardConfig)?.TargetGroups;
    if (Array.isArray(groups)) for (const group of groups) {
      const arn = asString(asRecord(group)?.TargetGroupArn);
      if (arn) arns.add(arn);
    }
  }
  return [...arns];
}

/** Load balancers whose listeners or rules forward to the target group. */
export function loadBalancersUsing(region: RegionElb, groupArn: string): LoadBalancerRecord[] {
  const arns = new Set<string>();
  for (const listener of Object.values(region.listeners))
    if (forwardedGroups(listener.defaultActions).includes(groupArn)) arns.add(listener.loadBalancerArn);
  for (const rule of Object.values(region.rules)) {
    const listener = region.listeners[rule.listenerArn];
    if (listener && forwardedGroups(rule.actions).includes(groupArn)) arns.add(listener.loadBalancerArn);
  }
  return [...arns].map((arn) => region.loadBalancers[arn]).filter((lb): lb is LoadBalancerRecord => lb !== undefined);
}

/** Whether a group receives traffic, and the Availability Zones its load balancers enable. */
export function groupUse(region: RegionElb, group: TargetGroupRecord): { inUse: boolean; zones: string[] } {
  const balancers = loadBalancersUsing(region, group.arn);
  return { inUse: balancers.length > 0, zones: [...new Set(balancers.flatMap((lb) => lb.zones.map((z) => z.ZoneName)))] };
}
