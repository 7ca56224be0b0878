import { isIP } from 'node:net';
import { asInt, asString } from '../../protocols/values';
import { regionOf, type ElbContext, type ElbDeps } from './deps';
import { invalidTarget, tooManyTargets, validationError } from './errors';
import { recordsOf } from './input';
import { findTargetGroup } from './lookups';
import type { RegionElb, TargetGroupRecord, TargetRecord } from './model';
import { placeInstance } from './placement';
import { HEALTH, healthView } from './target-health';
import { groupUse, loadBalancersUsing } from './usage';

/** Targets per target group (ALB and NLB quotas: 1,000); a lambda group holds one function. */
const MAX_TARGETS = 1000;
const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const LAMBDA_ARN = /^arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:[\w-]{1,64}(?::[\w$-]+)?$/;

interface TargetInput {
  id: string;
  port?: number;
  availabilityZone?: string;
}

function readTargets(group: TargetGroupRecord, value: unknown): TargetInput[] {
  const list = recordsOf(value) ?? [];
  if (list.length === 0) throw validationError("1 validation error detected: Value null at 'targets' failed to satisfy constraint: Member must not be null");
  return list.map((item) => {
    const id = asString(item.Id) ?? '';
    const port = item.Port === undefined ? undefined : asInt(item.Port);
    const zone = asString(item.AvailabilityZone);
    if (group.targetType === 'lambda') {
      if (!LAMBDA_ARN.test(id)) throw invalidTarget(`The following targets are not valid Lambda functions: '${id}'`);
      if (port !== undefined) throw invalidTarget('A port cannot be specified for Lambda targets');
      return { id };
    }
    if (port !== undefined && (port < 1 || port > 65535)) throw validationError(`Port '${String(item.Port)}' must be between 1 and 65535`);
    if (group.targetType === 'instance') {
      if (!INSTANCE_ID.test(id)) throw invalidTarget(`The following targets are not valid instances: '${id}'`);
      if (zone !== undefined) throw validationError("An Availability Zone cannot be specified for targets of type 'instance'");
    } else if (isIP(id) === 0) throw invalidTarget(`The IP address '${id}' is not a valid IPv4 address`);
    return { id, port: port ?? group.port ?? 0, ...(zone !== undefined ? { availabilityZone: zone } : {}) };
  });
}

const sameTarget = (target: TargetRecord, wanted: TargetInput) => target.id === wanted.id && (wanted.port === undefined || target.port === wanted.port);

/** Registers targets as RegisterTargets does (re-registering a draining target starts it again). */
export function registerTargets(region: RegionElb, group: TargetGroupRecord, targets: TargetInput[], now: number): void {
  const balancers = loadBalancersUsing(region, group.arn);
  for (const wanted of targets) {
    const existing = group.targets.find((t) => sameTarget(t, wanted));
    if (existing && existing.state !== 'draining') continue;
    if (existing) group.targets = group.targets.filter((t) => t !== existing);
    if (group.targetType === 'lambda' && group.targets.length > 0) throw tooManyTargets('You can register only one Lambda function with a target group');
    if (group.targets.length >= MAX_TARGETS) throw tooManyTargets(`You can register at most ${MAX_TARGETS} targets with a target group`);
    const availabilityZone = group.targetType === 'instance' ? placeInstance(region, wanted.id, balancers) : wanted.availabilityZone;
    group.targets.push({
      id: wanted.id,
      ...(wanted.port !== undefined ? { port: wanted.port } : {}),
      ...(availabilityZone !== undefined ? { availabilityZone } : {}),
      registeredAt: now,
      state: 'initial',
      checks: 0,
      consecutivePasses: 0,
      consecutiveFailures: 0,
      fault: existing?.fault ?? 'none',
    });
  }
}

function targetView(target: { id: string; port?: number; availabilityZone?: string }): Record<string, unknown> {
  return { Id: target.id, Port: target.port, AvailabilityZone: target.availabilityZone };
}

export function targetOperations(deps: ElbDeps) {
  const now = () => deps.env.clock.now();
  return {
    RegisterTargets(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const group = findTargetGroup(region, input.TargetGroupArn);
      registerTargets(region, group, readTargets(group, input.Targets), now());
      return {};
    },

    DeregisterTargets(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const group = findTargetGroup(region, input.TargetGroupArn);
      const wanted = readTargets(group, input.Targets);
      const missing = wanted.filter((w) => !group.targets.some((t) => sameTarget(t, w)));
      if (missing.length > 0) throw invalidTarget(`The following targets are not registered in target group '${group.arn}': ${missing.map((m) => `'${m.id}'`).join(', ')}`);
      const delayMs = Number(group.attributes['deregistration_delay.timeout_seconds'] ?? 0) * 1000;
      // A group no load balancer uses has no connections to drain: its targets go at once.
      const drains = groupUse(region, group).inUse && delayMs > 0;
      for (const w of wanted)
        for (const target of group.targets.filter((t) => sameTarget(t, w))) {
          if (!drains) {
            group.targets = group.targets.filter((t) => t !== target);
            continue;
          }
          target.state = 'draining';
          target.drainUntil = now() + delayMs;
        }
      return {};
    },

    DescribeTargetHealth(input: Record<string, unknown>, ctx: ElbContext) {
      const region = regionOf(deps, ctx);
      const group = findTargetGroup(region, input.TargetGroupArn);
      const use = groupUse(region, group);
      const asked = input.Targets === undefined || input.Targets === '' ? undefined : readTargets(group, input.Targets);
      const healthCheckPort = (target: { port?: number }) =>
        group.targetType === 'lambda' ? undefined : group.healthCheck.port === 'traffic-port' || group.healthCheck.port === undefined ? String(target.port ?? group.port ?? '') : group.healthCheck.port;
      const describe = (target: TargetRecord) => ({ Target: targetView(target), HealthCheckPort: healthCheckPort(target), TargetHealth: healthView(group, target, use) });
      if (!asked) return { TargetHealthDescriptions: group.targets.map(describe) };
      return {
        TargetHealthDescriptions: asked.flatMap((wanted) => {
          const found = group.targets.filter((t) => sameTarget(t, wanted));
          return found.length > 0 ? found.map(describe) : [{ Target: targetView(wanted), HealthCheckPort: healthCheckPort(wanted), TargetHealth: HEALTH.notRegistered }];
        }),
      };
    },
  };
}
