import type { StepAdjustment, StepScalingPolicyConfiguration } from '@aws-sdk/client-application-auto-scaling';

/** MetricAggregationType over the breaching datapoints the alarm hands over; Average when unset, as AWS does. */
export function aggregateBreach(values: number[], aggregation: StepScalingPolicyConfiguration['MetricAggregationType']): number | undefined {
  if (values.length === 0) return undefined;
  if (aggregation === 'Minimum') return Math.min(...values);
  if (aggregation === 'Maximum') return Math.max(...values);
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The step whose interval holds `difference` (metric minus alarm threshold). Above the threshold a
 * lower bound is inclusive and an upper bound exclusive; below it, the other way round (AWS's rule,
 * so a breach exactly at 0 falls in the step that starts or ends there).
 */
export function matchStep(steps: StepAdjustment[], difference: number): StepAdjustment | undefined {
  const above = (s: StepAdjustment) =>
    (s.MetricIntervalLowerBound === undefined || difference >= s.MetricIntervalLowerBound) && (s.MetricIntervalUpperBound === undefined || difference < s.MetricIntervalUpperBound);
  const below = (s: StepAdjustment) =>
    (s.MetricIntervalLowerBound === undefined || difference > s.MetricIntervalLowerBound) && (s.MetricIntervalUpperBound === undefined || difference <= s.MetricIntervalUpperBound);
  if (difference > 0) return steps.find(above);
  if (difference < 0) return steps.find(below);
  return steps.find(above) ?? steps.find(below);
}

/**
 * PercentChangeInCapacity as AWS rounds it: a change above 1 is rounded down, one below -1 up, and
 * anything between 0 and ±1 becomes ±1; MinAdjustmentMagnitude then raises a smaller change.
 */
function percentChange(current: number, percent: number, minMagnitude: number | undefined): number {
  const raw = (current * percent) / 100;
  let change = raw >= 1 ? Math.floor(raw) : raw <= -1 ? Math.ceil(raw) : raw > 0 ? 1 : raw < 0 ? -1 : 0;
  if (minMagnitude !== undefined && change !== 0 && Math.abs(change) < minMagnitude) change = Math.sign(change) * minMagnitude;
  return change;
}

/** The capacity a step asks for from `current`, before the target's bounds. */
export function stepCapacity(config: StepScalingPolicyConfiguration, step: StepAdjustment, current: number): number {
  const adjustment = step.ScalingAdjustment ?? 0;
  switch (config.AdjustmentType) {
    case 'ExactCapacity':
      return adjustment;
    case 'PercentChangeInCapacity':
      return current + percentChange(current, adjustment, config.MinAdjustmentMagnitude);
    default:
      return current + adjustment;
  }
}

export interface StepDecision {
  desired: number;
  direction: 'out' | 'in';
  /** The capacity the change counts from; a later larger step within the cooldown counts from it too. */
  fromCapacity: number;
}

/**
 * Where a step takes the variant, with AWS's cooldown rules: during a scale-out's cooldown the
 * capacity it added counts, so only a step larger from that scale-out's base scales further; a
 * scale-in waits for the previous scale-in's cooldown. Undefined: no change.
 */
export function decideStep(
  config: StepScalingPolicyConfiguration,
  step: StepAdjustment,
  current: number,
  bounds: { min: number; max: number },
  cooling: { out?: { desired: number; fromCapacity?: number }; in: boolean },
): StepDecision | undefined {
  const bounded = (n: number) => Math.min(bounds.max, Math.max(bounds.min, n));
  const wanted = bounded(stepCapacity(config, step, current));
  if (wanted > current) {
    const previous = cooling.out;
    if (!previous) return { desired: wanted, direction: 'out', fromCapacity: current };
    const base = previous.fromCapacity ?? current;
    const fromBase = bounded(stepCapacity(config, step, base));
    return fromBase > previous.desired && fromBase > current ? { desired: fromBase, direction: 'out', fromCapacity: base } : undefined;
  }
  if (wanted < current && !cooling.in) return { desired: wanted, direction: 'in', fromCapacity: current };
  return undefined;
}
