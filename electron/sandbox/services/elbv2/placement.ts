import { subnetNotFound } from './errors';
import type { LoadBalancerRecord, RegionElb } from './model';

const SUBNET = /^subnet-[0-9a-zA-Z]+$/;
const ZONE_LETTERS = 'abcdef';
/** Subnets nobody placed belong to this (made-up) VPC. */
export const DEFAULT_VPC = 'vpc-0sandbox00default';

/**
 * The sandbox has no EC2, so a subnet it has not seen is placed once, in the region's next
 * Availability Zone (a, b, c … in order of first use), and remembered: two new subnets given
 * together land in different zones, as a client building an ALB expects.
 */
export function placeSubnet(region: RegionElb, subnetId: string): { zone: string; vpcId: string } {
  if (!SUBNET.test(subnetId)) throw subnetNotFound(subnetId);
  const known = region.subnets[subnetId];
  if (known) return known;
  const index = Object.keys(region.subnets).length;
  const placed = { zone: `${region.where.region}${ZONE_LETTERS[index % ZONE_LETTERS.length] ?? 'a'}`, vpcId: DEFAULT_VPC };
  region.subnets[subnetId] = placed;
  return placed;
}

/**
 * An instance's Availability Zone, known from the seed or placed on first registration: spread
 * over the zones of the load balancers the group serves (round robin), else the region's first.
 */
export function placeInstance(region: RegionElb, instanceId: string, balancers: LoadBalancerRecord[]): string {
  const known = region.instances[instanceId];
  if (known) return known;
  const zones = [...new Set(balancers.flatMap((lb) => lb.zones.map((zone) => zone.ZoneName)))].sort();
  const zone = zones.length > 0 ? (zones[Object.keys(region.instances).length % zones.length] ?? `${region.where.region}a`) : `${region.where.region}a`;
  region.instances[instanceId] = zone;
  return zone;
}
