import { randomUUID } from 'node:crypto';
import type { AlarmStateChange, ServiceEnv, Where } from '../../types';
import { AwsError } from '../../types';
import { targetKey, type ActivityRecord, type PolicyRecord, type RegionScaling, type ScalingStore, type TargetRecord } from './model';
import { parseVariantResourceId } from './resource-id';
import { aggregateBreach, decideStep, matchStep } from './step-adjustment';

/** SageMaker's default cooldowns when a policy leaves them out. */
const DEFAULT_COOLDOWN_S = 300;
/** While an alarm stays in ALARM, CloudWatch invokes its Auto Scaling actions again every minute. */
const REINVOKE_MS = 60_000;
/** How often an in-progress activity checks whether the endpoint has its new capacity. */
const FULFILMENT_CHECK_MS = 15_000;
const KEPT_ACTIVITIES = 200;

type Direction = 'out' | 'in';

/**
 * Target tracking, driven by the policy's own alarms: AlarmHigh in ALARM scales out, AlarmLow
 * scales in, to ceil(capacity × metric / target) within the target's bounds and the cooldowns.
 * Step scaling, driven by any alarm naming the policy in AlarmActions: the breach (metric minus
 * threshold) picks a step adjustment. Each change is a scaling activity, InProgress until
 * SageMaker reports the new instance count.
 */
export class Scaler {
  private unsubscribe: (() => void) | undefined;
  private readonly timers = new Map<string, () => void>();

  constructor(
    private readonly store: ScalingStore,
    private readonly env: ServiceEnv,
  ) {}

  private now(): number {
    return this.env.clock.now();
  }

  /** CloudWatch may be built after this module: subscribe when a policy first needs it. */
  watch(): void {
    const alarms = this.env.bus.alarms;
    if (this.unsubscribe || !alarms) return;
    this.unsubscribe = alarms.onStateChange((change) => this.onAlarm(change));
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  /** After a restore: keep checking activities that were still in progress. */
  resume(): void {
    this.watch();
    for (const region of this.store.all()) for (const activity of region.activities) if (activity.status === 'InProgress') this.followActivity(region, activity);
  }

  private setTimer(id: string, cancel: () => void): void {
    this.timers.get(id)?.();
    this.timers.set(id, cancel);
  }

  private clearTimer(id: string): void {
    this.timers.get(id)?.();
    this.timers.delete(id);
  }

  private onAlarm(change: AlarmStateChange): void {
    const region = this.store.region(change.where);
    const policy = Object.values(region.policies).find((p) => p.alarms.some((a) => a.AlarmName === change.alarmName));
    if (!policy) {
      this.onStepAlarm(region, change);
      return;
    }
    const timerId = `alarm:${change.where.accountId}:${change.where.region}:${change.alarmName}`;
    if (change.to !== 'ALARM') {
      this.clearTimer(timerId);
      return;
    }
    // With the alarm's actions disabled CloudWatch does not invoke the policy; the minutely
    // re-invocation goes on, so enabling them while the alarm holds ALARM scales at the next minute.
    const actsOn = (arn: string) => this.env.bus.alarms?.view?.(change.where, change.alarmName)?.alarmActions.includes(arn) ?? true;
    const invoke = () => {
      const current = Object.values(region.policies).find((p) => p.arn === policy.arn);
      if (!current || this.env.bus.alarms?.state(change.where, change.alarmName) !== 'ALARM') {
        this.clearTimer(timerId);
        return;
      }
      if (actsOn(current.arn)) this.invokePolicy(region, current, change.alarmName);
    };
    if (actsOn(policy.arn)) this.invokePolicy(region, policy, change.alarmName);
    this.setTimer(timerId, this.env.clock.every(REINVOKE_MS, invoke));
  }

  private invokePolicy(region: RegionScaling, policy: PolicyRecord, alarmName: string): void {
    const config = policy.targetTracking;
    const target = region.targets[targetKey(policy.serviceNamespace, policy.resourceId, policy.scalableDimension)];
    const ref = parseVariantResourceId(policy.resourceId);
    const fleet = this.env.bus.endpoints;
    if (!config || !target || !ref || !fleet) return;
    const direction: Direction = alarmName.includes('-AlarmHigh-') ? 'out' : 'in';
    if (direction === 'in' && (config.DisableScaleIn || target.suspended?.DynamicScalingInSuspended)) return;
    if (direction === 'out' && target.suspended?.DynamicScalingOutSuspended) return;
    const variant = fleet.variant(region.where, ref.endpointName, ref.variantName);
    if (!variant || variant.endpointStatus !== 'InService') return;
    const [metric] = (fleet.recentInvocationsPerInstance?.(region.where, ref.endpointName, ref.variantName, 1) ?? []).slice(-1);
    if (metric === undefined) return;
    const current = variant.desiredInstanceCount;
    const wanted = Math.min(target.maxCapacity, Math.max(target.minCapacity, Math.ceil((current * metric) / (config.TargetValue ?? 1))));
    if ((direction === 'out' && wanted <= current) || (direction === 'in' && wanted >= current)) return;
    if (this.coolingDown(region, policy, direction)) return;
    this.scale(region, target, wanted, `monitor alarm ${alarmName} in state ALARM triggered policy ${policy.name}`, direction);
  }

  /**
   * Any alarm naming step policies in its AlarmActions: on entering ALARM and every minute while it
   * stays there, each named policy of this region places the breach in one of its steps.
   */
  private onStepAlarm(region: RegionScaling, change: AlarmStateChange): void {
    const timerId = `step:${change.where.accountId}:${change.where.region}:${change.alarmName}`;
    if (change.to !== 'ALARM') {
      this.clearTimer(timerId);
      return;
    }
    const view = this.env.bus.alarms?.view?.(change.where, change.alarmName);
    if (!view?.alarmActions.some((action) => action.startsWith('arn:aws:autoscaling:'))) return;
    // After SetAlarmState without breaching data there is no value to place in a step: nothing scales.
    this.invokeStepPolicies(region, change.alarmName, view.alarmActions, view.breachingValues, view.threshold);
    const invoke = () => {
      const now = this.env.bus.alarms?.view?.(change.where, change.alarmName);
      if (!now || now.state !== 'ALARM') {
        this.clearTimer(timerId);
        return;
      }
      this.invokeStepPolicies(region, change.alarmName, now.alarmActions, now.breachingValues, now.threshold);
    };
    this.setTimer(timerId, this.env.clock.every(REINVOKE_MS, invoke));
  }

  private invokeStepPolicies(region: RegionScaling, alarmName: string, actions: string[], values: number[], threshold: number): void {
    const fleet = this.env.bus.endpoints;
    for (const policy of Object.values(region.policies)) {
      const config = policy.stepScaling;
      const target = region.targets[targetKey(policy.serviceNamespace, policy.resourceId, policy.scalableDimension)];
      const ref = parseVariantResourceId(policy.resourceId);
      if (policy.policyType !== 'StepScaling' || !actions.includes(policy.arn) || !config || !target || !ref || !fleet) continue;
      const metric = aggregateBreach(values, config.MetricAggregationType);
      const step = metric === undefined ? undefined : matchStep(config.StepAdjustments ?? [], metric - threshold);
      const variant = fleet.variant(region.where, ref.endpointName, ref.variantName);
      if (!step || !variant || variant.endpointStatus !== 'InService') continue;
      const cooldownMs = (config.Cooldown ?? DEFAULT_COOLDOWN_S) * 1000;
      const cooling = { out: this.lastActivity(region, policy.resourceId, 'out', cooldownMs), in: this.lastActivity(region, policy.resourceId, 'in', cooldownMs) !== undefined };
      const decision = decideStep(config, step, variant.desiredInstanceCount, { min: target.minCapacity, max: target.maxCapacity }, cooling);
      if (!decision) continue;
      if (decision.direction === 'out' ? target.suspended?.DynamicScalingOutSuspended : target.suspended?.DynamicScalingInSuspended) continue;
      const cause = `monitor alarm ${alarmName} in state ALARM triggered policy ${policy.name}`;
      this.scale(region, target, decision.desired, cause, decision.direction, decision.fromCapacity);
    }
  }

  /** The newest Successful or InProgress activity in this direction still within `cooldownMs`. */
  private lastActivity(region: RegionScaling, resourceId: string, direction: Direction, cooldownMs: number): ActivityRecord | undefined {
    const last = [...region.activities].reverse().find((a) => a.resourceId === resourceId && a.direction === direction && (a.status === 'Successful' || a.status === 'InProgress'));
    return last && (last.status === 'InProgress' || this.now() < (last.endMs ?? last.startMs) + cooldownMs) ? last : undefined;
  }

  private coolingDown(region: RegionScaling, policy: PolicyRecord, direction: Direction): boolean {
    const config = policy.targetTracking;
    const outMs = (config?.ScaleOutCooldown ?? DEFAULT_COOLDOWN_S) * 1000;
    const inMs = (config?.ScaleInCooldown ?? DEFAULT_COOLDOWN_S) * 1000;
    const last = (d: Direction) =>
      [...region.activities].reverse().find((a) => a.resourceId === policy.resourceId && a.direction === d && (a.status === 'Successful' || a.status === 'InProgress'));
    const within = (activity: ActivityRecord | undefined, ms: number) => activity !== undefined && (activity.status === 'InProgress' || this.now() < (activity.endMs ?? activity.startMs) + ms);
    if (direction === 'out') return within(last('out'), outMs);
    // Scale-in waits out its own cooldown and any scale-out cooldown, so capacity does not flap.
    return within(last('in'), inMs) || within(last('out'), outMs);
  }

  /** RegisterScalableTarget with new bounds brings the capacity inside them, as AWS does. */
  enforceBounds(region: RegionScaling, target: TargetRecord): void {
    const ref = parseVariantResourceId(target.resourceId);
    const variant = ref ? this.env.bus.endpoints?.variant(region.where, ref.endpointName, ref.variantName) : undefined;
    if (!variant || variant.endpointStatus !== 'InService') return;
    const current = variant.desiredInstanceCount;
    if (current < target.minCapacity) this.scale(region, target, target.minCapacity, `minimum capacity was set to ${target.minCapacity}`, 'out');
    else if (current > target.maxCapacity) this.scale(region, target, target.maxCapacity, `maximum capacity was set to ${target.maxCapacity}`, 'in');
  }

  private scale(region: RegionScaling, target: TargetRecord, desired: number, cause: string, direction: Direction, fromCapacity?: number): void {
    const ref = parseVariantResourceId(target.resourceId);
    const fleet = this.env.bus.endpoints;
    if (!ref || !fleet) return;
    const activity: ActivityRecord = {
      id: randomUUID(),
      serviceNamespace: target.serviceNamespace,
      resourceId: target.resourceId,
      scalableDimension: target.scalableDimension,
      description: `Setting desired instance count to ${desired}.`,
      cause,
      startMs: this.now(),
      status: 'InProgress',
      desired,
      direction,
    };
    if (fromCapacity !== undefined) activity.fromCapacity = fromCapacity;
    region.activities.push(activity);
    if (region.activities.length > KEPT_ACTIVITIES) region.activities.splice(0, region.activities.length - KEPT_ACTIVITIES);
    try {
      fleet.setDesiredInstanceCount(region.where, ref.endpointName, ref.variantName, desired);
    } catch (error) {
      activity.status = 'Failed';
      activity.endMs = this.now();
      activity.statusMessage = `Failed to set desired instance count to ${desired}. Reason: ${error instanceof AwsError ? error.message : String(error)}`;
      return;
    }
    this.followActivity(region, activity);
  }

  private followActivity(region: RegionScaling, activity: ActivityRecord): void {
    const id = `activity:${activity.id}`;
    const ref = parseVariantResourceId(activity.resourceId);
    const check = () => {
      const variant = ref ? this.env.bus.endpoints?.variant(region.where, ref.endpointName, ref.variantName) : undefined;
      if (!variant) {
        this.finish(id, activity, 'Failed', `Failed to set desired instance count to ${activity.desired}. Reason: the endpoint variant no longer exists.`);
      } else if (variant.endpointStatus === 'InService' && variant.currentInstanceCount === activity.desired) {
        this.finish(id, activity, 'Successful', `Successfully set desired instance count to ${activity.desired}. Change successfully fulfilled by sagemaker.`);
      } else if (variant.endpointStatus === 'InService' && variant.desiredInstanceCount !== activity.desired) {
        this.finish(id, activity, 'Overridden', `The desired instance count was changed to ${variant.desiredInstanceCount} by another request.`);
      }
    };
    this.setTimer(id, this.env.clock.every(FULFILMENT_CHECK_MS, check));
  }

  private finish(timerId: string, activity: ActivityRecord, status: ActivityRecord['status'], message: string): void {
    this.clearTimer(timerId);
    activity.status = status;
    activity.statusMessage = message;
    activity.endMs = this.now();
  }

  /** Whether any policy in this region owns the alarm (used by seeding and tests). */
  ownsAlarm(where: Where, alarmName: string): boolean {
    return Object.values(this.store.region(where).policies).some((p) => p.alarms.some((a) => a.AlarmName === alarmName));
  }
}
