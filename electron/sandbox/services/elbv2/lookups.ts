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

/** A record by its ARN member: malformed → ValidationError, absent → the kind's not-found error. */
function find<T>(table: Record<string, T>, value: unknown, member: string, kind: string, notFound: () => Error): T {
  const found = table[readArn(value, member, kind)];
  if (found === undefined) throw notFound();
  return found;
}

export const findLoadBalancer = (region: RegionElb, value: unknown, member = 'loadBalancerArn'): LoadBalancerRecord =>
  find(region.loadBalancers, value, member, 'load balancer', loadBalancerNotFound);
export const findListener = (region: RegionElb, value: unknown, member = 'listenerArn'): ListenerRecord => find(region.listeners, value, member, 'listener', listenerNotFound);
export const findRule = (region: RegionElb, value: unknown, member = 'ruleArn'): RuleRecord => find(region.rules, value, member, 'rule', ruleNotFound);
export const findTargetGroup = (region: RegionElb, value: unknown, member = 'targetGroupArn'): TargetGroupRecord =>
  find(region.targetGroups, value, member, 'target group', targetGroupNotFound);

/** Records named by `arns` (all must exist, else the kind's not-found error) — the `…Arns` filter of Describe calls. */
export function findAll<T>(table: Record<string, T>, arns: string[], member: string, kind: string, notFound: () => Error): T[] {
  return arns.map((arn) => find(table, arn, member, kind, notFound));
}

/** A target group by ARN or name (the control API accepts either). */
export function findTargetGroupByNameOrArn(region: RegionElb, nameOrArn: string): TargetGroupRecord | undefined {
  return region.targetGroups[nameOrArn] ?? Object.values(region.targetGroups).find((group) => group.name === nameOrArn);
}
