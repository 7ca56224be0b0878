import { asString } from '../../protocols/values';
import { attributeList, defaultTargetGroupAttributes, modifyTargetGroupAttributes } from './attributes';
import { regionOf, type ElbContext, type ElbDeps } from './deps';
import { duplicateTargetGroupName, resourceInUse, targetGroupNotFound, validationError } from './errors';
import { defaultHealthCheck, healthCheckView, mergeHealthCheck, readHealthCheckInput } from './health-check-settings';
import { arnPrefix, newResourceId } from './ids';
import { limitedStrings, newChecker, readPaging } from './input';
import { findAll, findLoadBalancer, findTargetGroup } from './lookups';
import type { RegionElb, TargetGroupRecord } from './model';
import { markerPage } from './pages';
import { applyTags, forgetTags, readTags } from './tags';
import { loadBalancersUsing } from './usage';

const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'] as const;

export function targetGroupView(region: RegionElb, group: TargetGroupRecord): Record<string, unknown> {
  return {
    TargetGroupArn: group.arn,
    TargetGroupName: group.name,
    Protocol: group.protocol,
    Port: group.port,
    VpcId: group.vpcId,
    ...healthCheckView(group.healthCheck),
    LoadBalancerArns: loadBalancersUsing(region, group.arn).map((lb) => lb.arn),
    TargetType: group.targetType,
    ProtocolVersion: group.protocolVersion,
    IpAddressType: group.ipAddressType,
  };
}

function readName(value: unknown): string {
  const check = newChecker();
  const name = check.string(value, 'name', { required: true }) ?? '';
  check.done();
  if (name.length > 32) throw validationError(`Target group name '${name}' cannot be longer than '32' characters`);
  if (!NAME.test(name)) throw validationError(`Target group name '${name}' can only contain characters that are alphanumeric characters or hyphens(-), and must not begin or end with a hyphen`);
  return name;
}

function buildGroup(region: RegionElb, input: Record<string, unknown>): TargetGroupRecord {
  const check = newChecker();
  const targetType = (check.string(input.TargetType, 'targetType', { enum: ['instance', 'ip', 'lambda', 'alb'] }) ?? 'instance') as TargetGroupRecord['targetType'];
  const protocol = check.string(input.Protocol, 'protocol', { enum: PROTOCOLS });
  const protocolVersion = check.string(input.ProtocolVersion, 'protocolVersion', { enum: ['HTTP1', 'HTTP2', 'GRPC'] });
  const port = check.integer(input.Port, 'port', { min: 1, max: 65535 });
  const vpcId = check.string(input.VpcId, 'vpcId', { max: 255 });
  const ipAddressType = check.string(input.IpAddressType, 'ipAddressType', { enum: ['ipv4', 'ipv6'] });
  const healthChange = readHealthCheckInput(check, input);
  check.done();
  const name = readName(input.Name);
  if (targetType === 'alb') throw validationError("Target type 'alb' is not emulated by the SageDeck sandbox");
  if (targetType === 'lambda') {
    if (protocol !== undefined || port !== undefined || vpcId !== undefined)
      throw validationError("Protocol, port and VPC ID cannot be specified for target groups with target type 'lambda'");
  } else {
    if (protocol === undefined) throw validationError(`A protocol must be specified for target groups with target type '${targetType}'`);
    if (port === undefined) throw validationError(`A port must be specified for target groups with target type '${targetType}'`);
    if (vpcId === undefined) throw validationError(`A VPC ID must be specified for target groups with target type '${targetType}'`);
    if (protocol === 'GENEVE') throw validationError('Gateway Load Balancer target groups (GENEVE) are not emulated by the SageDeck sandbox');
  }
  if (protocolVersion !== undefined && protocol !== 'HTTP' && protocol !== 'HTTPS') throw validationError('A protocol version can only be specified for HTTP and HTTPS target groups');
  const shape = { targetType, ...(protocol !== undefined ? { protocol } : {}) };
  const healthCheck = mergeHealthCheck(shape, defaultHealthCheck(shape), healthChange);
  return {
    arn: `${arnPrefix(region)}:targetgroup/${name}/${newResourceId(region, `targetgroup/${name}`)}`,
    name,
    targetType,
    ...(protocol !== undefined ? { protocol } : {}),
    ...(protocol === 'HTTP' || protocol === 'HTTPS' ? { protocolVersion: protocolVersion ?? 'HTTP1' } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(vpcId !== undefined ? { vpcId } : {}),
    ...(targetType !== 'lambda' ? { ipAddressType: ipAddressType ?? 'ipv4' } : {}),
    healthCheck,
    attributes: defaultTargetGroupAttributes(shape),
    targets: [],
  };
}

/** Same settings means CreateTargetGroup answers the existing group (it is idempotent). */
function sameSettings(a: TargetGroupRecord, b: TargetGroupRecord): boolean {
  const settings = (g: TargetGroupRecord) => JSON.stringify([g.targetType, g.protocol, g.protocolVersion, g.port, g.vpcId, g.healthCheck]);
  return settings(a) === settings(b);
}

export function targetGroupOperations(deps: ElbDeps) {
  return {
    CreateTargetGroup(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const tags = readTags(check, input.Tags);
      check.done();
      const group = buildGroup(region, input);
      const existing = Object.values(region.targetGroups).find((g) => g.name === group.name);
      if (existing) {
        if (!sameSettings(existing, group)) throw duplicateTargetGroupName(group.name);
        return { TargetGroups: [targetGroupView(region, existing)] };
      }
      region.targetGroups[group.arn] = group;
      if (tags) applyTags(region, group.arn, tags);
      return { TargetGroups: [targetGroupView(region, group)] };
    },

    DescribeTargetGroups(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = limitedStrings(check, input.TargetGroupArns, 'targetGroupArns', 20);
      const names = limitedStrings(check, input.Names, 'names', 20);
      const paging = readPaging(check, input);
      check.done();
      const lbArn = asString(input.LoadBalancerArn);
      if ([arns?.length, names?.length, lbArn].filter(Boolean).length > 1)
        throw validationError('Only one of target group ARNs, names or a load balancer ARN can be specified');
      let found = Object.values(region.targetGroups).sort((a, b) => a.name.localeCompare(b.name));
      if (arns?.length) {
        found = findAll(region.targetGroups, arns, 'targetGroupArns', 'target group', targetGroupNotFound);
      } else if (names?.length) {
        found = found.filter((g) => names.includes(g.name));
        if (found.length < new Set(names).size) throw targetGroupNotFound();
      } else if (lbArn) {
        const lb = findLoadBalancer(region, lbArn);
        found = found.filter((g) => loadBalancersUsing(region, g.arn).some((used) => used.arn === lb.arn));
      }
      const { page, NextMarker } = markerPage(found, paging.marker, paging.pageSize, `tg:${lbArn ?? ''}:${(arns ?? names ?? []).join(',')}`);
      return { TargetGroups: page.map((g) => targetGroupView(region, g)), NextMarker };
    },

    ModifyTargetGroup(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const group = findTargetGroup(region, input.TargetGroupArn);
      const check = newChecker();
      const change = readHealthCheckInput(check, input);
      check.done();
      group.healthCheck = mergeHealthCheck(group, group.healthCheck, change);
      return { TargetGroups: [targetGroupView(region, group)] };
    },

    DeleteTargetGroup(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const group = findTargetGroup(region, input.TargetGroupArn);
      if (loadBalancersUsing(region, group.arn).length > 0) throw resourceInUse(`Target group '${group.arn}' is currently in use by a listener or a rule`);
      delete region.targetGroups[group.arn];
      forgetTags(region, group.arn);
      return {};
    },

    DescribeTargetGroupAttributes(input: Record<string, unknown>, ctx: ElbContext) {
      const group = findTargetGroup(regionOf(deps, ctx), input.TargetGroupArn);
      return { Attributes: attributeList(group.attributes) };
    },

    ModifyTargetGroupAttributes(input: Record<string, unknown>, ctx: ElbContext) {
      const group = findTargetGroup(regionOf(deps, ctx), input.TargetGroupArn);
      group.attributes = modifyTargetGroupAttributes(group, group.attributes, input.Attributes);
      return { Attributes: attributeList(group.attributes) };
    },
  };
}
