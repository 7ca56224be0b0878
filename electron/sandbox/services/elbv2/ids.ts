import { createHash } from 'node:crypto';
import type { LoadBalancerType, RegionElb } from './model';

function digest(region: RegionElb, text: string): string {
  region.sequence += 1;
  return createHash('sha256').update(`${region.where.accountId}/${region.where.region}/${text}/${region.sequence}`).digest('hex');
}

/** 16 hex digits, as AWS's load balancer, listener, rule and target group ids. */
export function newResourceId(region: RegionElb, text: string): string {
  return digest(region, text).slice(0, 16);
}

export function arnPrefix(region: RegionElb): string {
  return `arn:aws:elasticloadbalancing:${region.where.region}:${region.where.accountId}`;
}

export const typeSegment = (type: LoadBalancerType): string => (type === 'application' ? 'app' : 'net');

/** `…:listener/app/<lb name>/<lb id>/<id>`. */
export const listenerArn = (loadBalancerArn: string, id: string): string => `${loadBalancerArn.replace(':loadbalancer/', ':listener/')}/${id}`;

/** `…:listener-rule/app/<lb name>/<lb id>/<listener id>/<id>`. */
export const listenerRuleArn = (listenerArnValue: string, id: string): string => `${listenerArnValue.replace(':listener/', ':listener-rule/')}/${id}`;

/** `app/<name>/<id>` from a load balancer ARN: the `LoadBalancer` metric dimension. */
export function loadBalancerDimension(arn: string): string {
  return arn.split(':loadbalancer/')[1] ?? arn;
}

/** `targetgroup/<name>/<id>`: the `TargetGroup` metric dimension. */
export function targetGroupDimension(arn: string): string {
  return arn.slice(arn.indexOf(':targetgroup/') + 1);
}

/**
 * DNS names shaped like AWS's: ALBs `[internal-]<name>-<10 digits>.<region>.elb.amazonaws.com`,
 * NLBs `<name>-<16 hex>.elb.<region>.amazonaws.com`.
 */
export function dnsName(region: RegionElb, name: string, type: LoadBalancerType, internal: boolean): string {
  const hash = digest(region, `dns/${name}`);
  if (type === 'network') return `${name}-${hash.slice(0, 16)}.elb.${region.where.region}.amazonaws.com`;
  const digits = (BigInt(`0x${hash.slice(0, 12)}`) % 9_000_000_000n) + 1_000_000_000n;
  return `${internal ? 'internal-' : ''}${name}-${digits}.${region.where.region}.elb.amazonaws.com`;
}

/**
 * Route 53 hosted zones of ELB in us-east-1 (AWS's "Elastic Load Balancing endpoints and quotas"
 * table); other regions get a made-up id of the same shape.
 */
export function canonicalHostedZoneId(regionName: string, type: LoadBalancerType): string {
  if (regionName === 'us-east-1') return type === 'application' ? 'Z35SXDOTRQ7X7K' : 'Z26RNL4JYFTOTI';
  return `Z${createHash('sha256').update(`${regionName}/${type}`).digest('hex').slice(0, 13).toUpperCase()}`;
}

/** The security group AWS would assign by default: the VPC's default group (made up, stable per VPC). */
export function defaultSecurityGroup(vpcId: string): string {
  return `sg-${createHash('sha256').update(vpcId).digest('hex').slice(0, 17)}`;
}
