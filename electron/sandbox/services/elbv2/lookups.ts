import { asString } from '../../protocols/values';
import { listenerNotFound, loadBalancerNotFound, ruleNotFound, targetGroupNotFound, validationError } from './errors';
import type { ListenerRecord, LoadBalancerRecord, RegionElb, RuleRecord, TargetGroupRecord } from './model';

const ARN = /^arn:aws[\w-]*:elasticloadbalancing:[\w-]+:\d{12}:/;

/** A required ARN member; a malformed one is a ValidationError, as AWS checks the shape first. */
export function readArn(value: unknown, member: string, kind: string): string {
  const arn = asString(value);
  if (arn === undefined || arn === '') throw validationError(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  if (!ARN.test(arn)) throw validationError(`'${arn}' is not a valid ${kind} ARN`);
  return arn;
}

export function findLoadBalancer(region: RegionElb, value: unknown, member = 'loadBalancerArn'): LoadBalancerRecord {
  const found = region.loadBalancers[readArn(value, member, 'load balancer')];
  if (!found) throw loadBalancerNotFound();
  return found;
}

export function findListener(region: RegionElb, value: unknown, member = 'listenerArn'): ListenerRecord {
  const found = region.listeners[readArn(value, member, 'listener')];
  if (!found) throw listenerNotFound();
  return found;
}

export function findRule(region: RegionElb, value: unknown, member = 'ruleArn'): RuleRecord {
  const found = region.rules[readArn(value, member, 'rule')];
  if (!found) throw ruleNotFound();
  return found;
}

export function findTargetGroup(region: RegionElb, value: unknown, member = 'targetGroupArn'): TargetGroupRecord {
  const found = region.targetGroups[readArn(value, member, 'target group')];
  if (!found) throw targetGroupNotFound();
  return found;
}

/** A target group by ARN or name (the control API accepts either). */
export function findTargetGroupByNameOrArn(region: RegionElb, nameOrArn: string): TargetGroupRecord | undefined {
  return region.targetGroups[nameOrArn] ?? Object.values(region.targetGroups).find((group) => group.name === nameOrArn);
}
