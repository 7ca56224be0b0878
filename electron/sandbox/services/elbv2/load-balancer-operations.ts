import { asString } from '../../protocols/values';
import { attributeList, defaultLoadBalancerAttributes, modifyLoadBalancerAttributes } from './attributes';
import { regionOf, type ElbContext, type ElbDeps } from './deps';
import { duplicateLoadBalancerName, invalidConfigurationRequest, loadBalancerNotFound, operationNotPermitted, validationError } from './errors';
import { arnPrefix, canonicalHostedZoneId, defaultSecurityGroup, dnsName, newResourceId, typeSegment } from './ids';
import { limitedStrings, newChecker, readPaging, recordsOf, stringsOf } from './input';
import { findAll, findLoadBalancer, readArn } from './lookups';
import type { LoadBalancerRecord, LoadBalancerType, RegionElb, ZoneRecord } from './model';
import { markerPage } from './pages';
import { removeListener } from './listener-operations';
import { placeSubnet } from './placement';
import { applyTags, forgetTags, readTags } from './tags';

/** An ALB or NLB takes this long on the sandbox clock to go from provisioning to active. */
export const PROVISIONING_MS = 2 * 60_000;
const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;

function readName(value: unknown): string {
  const check = newChecker();
  const name = check.string(value, 'name', { required: true }) ?? '';
  check.done();
  if (name.length > 32) throw validationError(`Load balancer name '${name}' cannot be longer than '32' characters`);
  if (!NAME.test(name)) throw validationError(`Load balancer name '${name}' must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen`);
  if (name.toLowerCase().startsWith('internal-')) throw validationError(`Load balancer name '${name}' cannot begin with 'internal-'`);
  return name;
}

function readZones(region: RegionElb, input: Record<string, unknown>, type: LoadBalancerType): { zones: ZoneRecord[]; vpcId: string } {
  const subnets = stringsOf(input.Subnets) ?? recordsOf(input.SubnetMappings)?.map((m) => asString(m.SubnetId) ?? '') ?? [];
  if (subnets.length === 0) throw validationError('At least one subnet must be specified');
  const zones: ZoneRecord[] = [];
  const vpcs = new Set<string>();
  for (const subnet of subnets) {
    const placed = placeSubnet(region, subnet);
    if (zones.some((zone) => zone.ZoneName === placed.zone))
      throw invalidConfigurationRequest('A load balancer cannot be attached to multiple subnets in the same Availability Zone');
    zones.push({ ZoneName: placed.zone, SubnetId: subnet });
    vpcs.add(placed.vpcId);
  }
  if (vpcs.size > 1) throw invalidConfigurationRequest('The subnets of a load balancer must all be in the same VPC');
  if (type === 'application' && zones.length < 2) throw validationError('At least two subnets in two different Availability Zones must be specified');
  return { zones: zones.sort((a, b) => a.ZoneName.localeCompare(b.ZoneName)), vpcId: [...vpcs][0] ?? '' };
}

export function loadBalancerState(lb: LoadBalancerRecord, now: number): 'provisioning' | 'active' {
  return now >= lb.activeAt ? 'active' : 'provisioning';
}

function view(lb: LoadBalancerRecord, now: number): Record<string, unknown> {
  return {
    LoadBalancerArn: lb.arn,
    DNSName: lb.dnsName,
    CanonicalHostedZoneId: canonicalHostedZoneId(lb.arn.split(':')[3] ?? '', lb.type),
    CreatedTime: new Date(lb.createdAt),
    LoadBalancerName: lb.name,
    Scheme: lb.scheme,
    VpcId: lb.vpcId,
    State: { Code: loadBalancerState(lb, now) },
    Type: lb.type,
    AvailabilityZones: lb.zones.map((zone) => ({ ...zone, LoadBalancerAddresses: [] })),
    SecurityGroups: lb.securityGroups.length > 0 ? lb.securityGroups : undefined,
    IpAddressType: lb.ipAddressType,
  };
}

/** Deletes a load balancer with its listeners and their rules; its target groups stay. */
export function removeLoadBalancer(region: RegionElb, lb: LoadBalancerRecord): void {
  for (const listener of Object.values(region.listeners)) if (listener.loadBalancerArn === lb.arn) removeListener(region, listener);
  delete region.loadBalancers[lb.arn];
  forgetTags(region, lb.arn);
}

export function loadBalancerOperations(deps: ElbDeps) {
  const now = () => deps.env.clock.now();
  return {
    CreateLoadBalancer(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const type = (check.string(input.Type, 'type', { enum: ['application', 'network', 'gateway'] }) ?? 'application') as LoadBalancerType | 'gateway';
      const scheme = (check.string(input.Scheme, 'scheme', { enum: ['internet-facing', 'internal'] }) ?? 'internet-facing') as LoadBalancerRecord['scheme'];
      const ipAddressType = check.string(input.IpAddressType, 'ipAddressType', { enum: ['ipv4', 'dualstack', 'dualstack-without-public-ipv4'] }) ?? 'ipv4';
      const securityGroups = limitedStrings(check, input.SecurityGroups, 'securityGroups', 5);
      const tags = readTags(check, input.Tags);
      check.done();
      const name = readName(input.Name);
      if (type === 'gateway') throw validationError('Gateway Load Balancers are not emulated by the SageDeck sandbox');
      const { zones, vpcId } = readZones(region, input, type);
      const existing = Object.values(region.loadBalancers).find((lb) => lb.name === name);
      if (existing) {
        // CreateLoadBalancer is idempotent: the same settings answer the existing load balancer.
        const same = existing.type === type && existing.scheme === scheme && JSON.stringify(existing.zones) === JSON.stringify(zones);
        if (!same) throw duplicateLoadBalancerName(name);
        return { LoadBalancers: [view(existing, now())] };
      }
      const created = now();
      const lb: LoadBalancerRecord = {
        arn: `${arnPrefix(region)}:loadbalancer/${typeSegment(type)}/${name}/${newResourceId(region, name)}`,
        name,
        type,
        scheme,
        ipAddressType,
        vpcId,
        zones,
        // ALBs always have security groups (the VPC's default when none is given); NLBs only when asked.
        securityGroups: securityGroups ?? (type === 'application' ? [defaultSecurityGroup(vpcId)] : []),
        dnsName: dnsName(region, name, type, scheme === 'internal'),
        createdAt: created,
        activeAt: created + PROVISIONING_MS,
        attributes: defaultLoadBalancerAttributes(type),
      };
      region.loadBalancers[lb.arn] = lb;
      if (tags) applyTags(region, lb.arn, tags);
      return { LoadBalancers: [view(lb, now())] };
    },

    DescribeLoadBalancers(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const check = newChecker();
      const arns = limitedStrings(check, input.LoadBalancerArns, 'loadBalancerArns', 20);
      const names = limitedStrings(check, input.Names, 'names', 20);
      const paging = readPaging(check, input);
      check.done();
      if (arns?.length && names?.length) throw validationError('Load balancer names and load balancer ARNs cannot be specified at the same time');
      let found = Object.values(region.loadBalancers).sort((a, b) => a.name.localeCompare(b.name));
      if (arns?.length) {
        found = findAll(region.loadBalancers, arns, 'loadBalancerArns', 'load balancer', loadBalancerNotFound);
      } else if (names?.length) {
        found = found.filter((lb) => names.includes(lb.name));
        if (found.length < new Set(names).size) throw loadBalancerNotFound();
      }
      const { page, NextMarker } = markerPage(found, paging.marker, paging.pageSize, `lb:${(arns ?? names ?? []).join(',')}`);
      return { LoadBalancers: page.map((lb) => view(lb, now())), NextMarker };
    },

    DeleteLoadBalancer(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const arn = readArn(input.LoadBalancerArn, 'loadBalancerArn', 'load balancer');
      const lb = region.loadBalancers[arn];
      // Deleting a load balancer that is already gone succeeds (API reference: DeleteLoadBalancer).
      if (!lb) return {};
      if (lb.attributes['deletion_protection.enabled'] === 'true')
        throw operationNotPermitted(`Load balancer '${arn}' cannot be deleted because deletion protection is enabled`);
      removeLoadBalancer(region, lb);
      return {};
    },

    DescribeLoadBalancerAttributes(input: Record<string, unknown>, ctx: ElbContext) {
      const lb = findLoadBalancer(regionOf(deps, ctx), input.LoadBalancerArn);
      return { Attributes: attributeList(lb.attributes) };
    },

    ModifyLoadBalancerAttributes(input: Record<string, unknown>, ctx: ElbContext) {
      const lb = findLoadBalancer(regionOf(deps, ctx), input.LoadBalancerArn);
      lb.attributes = modifyLoadBalancerAttributes(lb.type, lb.attributes, input.Attributes);
      return { Attributes: attributeList(lb.attributes) };
    },
  };
}
