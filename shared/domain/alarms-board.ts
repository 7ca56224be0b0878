/**
 * The alarm board's pure rules, shared by core (which sorts what it lists) and the renderer (which
 * groups what it draws): what resource an alarm watches, who owns it, and the board's order.
 */
import { ALARM_RESOURCE_KINDS, ALARM_STATES, type AlarmResource, type AlarmResourceKind, type AlarmStateValue, type AlarmSummary } from './alarms';

export interface DimensionLike {
  name: string;
  value: string;
}

/** A training job's instance metrics name the host `<job>/algo-<n>`. */
const TRAINING_HOST = /^(.+)\/algo-\d+$/;
const JOB_DIMENSIONS = ['TrainingJobName', 'ProcessingJobName', 'TransformJobName'];

/** What an alarm watches, read from its metric's dimensions (see `AlarmResourceKind`). */
export function classifyResource(namespace: string | undefined, dimensions: readonly DimensionLike[]): AlarmResource {
  const value = (name: string) => dimensions.find((d) => d.name === name)?.value;
  const endpointName = value('EndpointName');
  const variantName = value('VariantName');
  if (endpointName && variantName) return { kind: 'variant', name: `${endpointName}/${variantName}`, endpointName };
  if (endpointName) return { kind: 'endpoint', name: endpointName, endpointName };
  const job = JOB_DIMENSIONS.map(value).find((name) => name !== undefined) ?? TRAINING_HOST.exec(value('Host') ?? '')?.[1];
  if (job) return { kind: 'job', name: job };
  const schedule = value('ScheduleName') ?? value('ScheduleGroup');
  if (schedule) return { kind: 'schedule', name: schedule };
  return { kind: 'other', name: namespace ?? 'Metric math' };
}

/** The prefix Application Auto Scaling gives the alarms of a target-tracking policy. */
export const AUTOSCALING_ALARM_PREFIX = 'TargetTracking-';

/** Alarms that a target-tracking policy owns: AWS says not to edit or delete them. */
export function isAutoScalingAlarm(name: string, description?: string): boolean {
  return name.startsWith(AUTOSCALING_ALARM_PREFIX) || /^DO NOT EDIT OR DELETE\. For TargetTrackingScaling policy /.test(description ?? '');
}

const stateRank = (state: AlarmStateValue) => ALARM_STATES.indexOf(state);
const kindRank = (kind: AlarmResourceKind) => ALARM_RESOURCE_KINDS.indexOf(kind);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Sortable = Pick<AlarmSummary, 'name' | 'state' | 'resource'>;

/** ALARM, then INSUFFICIENT_DATA, then OK; within a state by resource kind, resource name, alarm name. */
export function compareAlarms(a: Sortable, b: Sortable): number {
  return (
    stateRank(a.state) - stateRank(b.state) ||
    kindRank(a.resource.kind) - kindRank(b.resource.kind) ||
    byText(a.resource.name, b.resource.name) ||
    byText(a.name, b.name)
  );
}

export function sortAlarms<T extends Sortable>(alarms: readonly T[]): T[] {
  return [...alarms].sort(compareAlarms);
}

export interface ResourceGroup<T extends Sortable> {
  resource: AlarmResource;
  alarms: T[];
}

/**
 * The board's groups: one per resource, in kind then name order, each group's alarms worst state
 * first. A group's place does not move with its alarms' states, so the board does not jump around.
 */
export function groupByResource<T extends Sortable>(alarms: readonly T[]): ResourceGroup<T>[] {
  const groups = new Map<string, ResourceGroup<T>>();
  for (const alarm of sortAlarms(alarms)) {
    const key = `${alarm.resource.kind}|${alarm.resource.name}`;
    const group = groups.get(key) ?? { resource: alarm.resource, alarms: [] };
    group.alarms.push(alarm);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => kindRank(a.resource.kind) - kindRank(b.resource.kind) || byText(a.resource.name, b.resource.name));
}

/**
 * Whether an alarm in ALARM needs a person: Auto Scaling's own target-tracking alarms go into ALARM
 * as part of normal scaling (the scale-in alarm whenever traffic is low, every quiet night), so they
 * stay on the board but are not counted in the navigation and title, notified, or listed as
 * trouble on the Overview.
 */
export function needsAttention(alarm: Pick<AlarmSummary, 'state' | 'managedBy'>): boolean {
  return alarm.state === 'ALARM' && alarm.managedBy !== 'autoscaling';
}

/** How many alarms in ALARM need a person (the navigation badge and window title). */
export function countInAlarm(alarms: readonly Pick<AlarmSummary, 'state' | 'managedBy'>[]): number {
  return alarms.filter(needsAttention).length;
}
