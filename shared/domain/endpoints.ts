/**
 * SageMaker real-time endpoints as SageDeck shows them: what serves, which model version, how it got
 * there (the deployment history), how it scales and what that costs.
 */

/** AWS's EndpointStatus values. */
export const ENDPOINT_STATUSES = [
  'OutOfService',
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'InService',
  'Deleting',
  'Failed',
  'UpdateRollbackFailed',
] as const;
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];

/** A deployment (or capacity change) is running: another update would be refused by AWS. */
export function isEndpointTransitioning(status: EndpointStatus): boolean {
  return status === 'Creating' || status === 'Updating' || status === 'SystemUpdating' || status === 'RollingBack' || status === 'Deleting';
}

/** A registered model version, from a model's container `ModelPackageName` (an ARN). */
export interface ModelVersionRef {
  packageArn: string;
  /** Model package group, parsed from the ARN (`…:model-package/<group>/<version>`). */
  group?: string;
  version?: number;
  /**
   * `modelData`: the model names no package; it was matched to the one version whose container has
   * the same model data (a model created by hand from a registered version's artifacts).
   */
  derivedFrom?: 'modelData';
}

export interface EndpointVariant {
  variantName: string;
  modelName?: string;
  /** Absent when the variant's model was not created from a model package. */
  modelVersion?: ModelVersionRef;
  instanceType?: string;
  currentInstanceCount?: number;
  desiredInstanceCount?: number;
  currentWeight?: number;
  desiredWeight?: number;
}

export interface EndpointSummary {
  name: string;
  arn: string;
  status: EndpointStatus;
  /** The config serving now (while updating, still the old one). */
  configName?: string;
  createdAt: string;
  lastModifiedAt: string;
  variants: EndpointVariant[];
  /** Creating, Updating, SystemUpdating or RollingBack. */
  deploymentInProgress: boolean;
  failureReason?: string;
}

export interface EndpointPage {
  items: EndpointSummary[];
  nextToken?: string;
  /** Set when the endpoint lacks an operation and the list shows less: what is missing and why. */
  notice?: string;
}

export interface MetricPoint {
  time: string;
  value: number;
}

/** Sparklines of one endpoint: Invocations (Sum per period) and ModelLatency (Average, in ms). */
export interface EndpointMetrics {
  endpointName: string;
  periodSeconds: number;
  start: string;
  end: string;
  invocations: MetricPoint[];
  modelLatencyMs: MetricPoint[];
  /** Per variant, same metrics. */
  variants: { variantName: string; invocations: MetricPoint[]; modelLatencyMs: MetricPoint[] }[];
}

// --- Deployment strategy -------------------------------------------------------------------------

/** AWS's CapacitySize: a number of instances or a percentage of the new fleet. */
export interface CapacitySize {
  type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT';
  value: number;
}

export type DeploymentStrategy =
  | { type: 'allAtOnce'; waitSeconds: number }
  | { type: 'canary'; canarySize: CapacitySize; waitSeconds: number }
  | { type: 'linear'; stepSize: CapacitySize; waitSeconds: number };

/** What a deployment was asked to do, read back from AWS's DeploymentConfig. */
export interface DeploymentSettings {
  strategy: DeploymentStrategy;
  terminationWaitSeconds?: number;
  maximumExecutionTimeoutSeconds?: number;
  rollbackAlarms: string[];
}

// --- Deployment history --------------------------------------------------------------------------

/**
 * How one config's time on the endpoint ended.
 * - `serving`: it serves now.
 * - `inProgress`: a deployment to it is running.
 * - `replaced`: another config was deployed after it.
 * - `rolledBack`: a deployment to it was rolled back by AWS (alarm, timeout, failed model) — it never served fully.
 * - `rolledBackFrom`: SageDeck rolled the endpoint back from it to an earlier config.
 * - `failed`: the endpoint failed on it.
 * - `unknown`: created elsewhere, no record of when or how it left.
 */
export type HistoryOutcome = 'serving' | 'inProgress' | 'replaced' | 'rolledBack' | 'rolledBackFrom' | 'failed' | 'unknown';

export interface HistoryVariant {
  variantName: string;
  modelName?: string;
  modelVersion?: ModelVersionRef;
  instanceType?: string;
  instanceCount?: number;
  weight?: number;
}

export interface DeploymentHistoryEntry {
  configName: string;
  configArn?: string;
  /** When the config was created (AWS's CreationTime). */
  createdAt?: string;
  /** When it started serving, as far as known (journal, tags); absent when it cannot be derived. */
  servedFrom?: string;
  /** When it stopped serving (the next entry's start); absent while serving or unknown. */
  servedUntil?: string;
  variants: HistoryVariant[];
  /** The caller's ARN that deployed it (SageDeck's `sagedeck:deployed-by` tag or the journal). */
  deployedBy?: string;
  /** True when SageDeck created the config (it carries `sagedeck:*` tags). */
  createdBySageDeck: boolean;
  /** The config it replaced, from SageDeck's `sagedeck:previous-config` tag. */
  previousConfigName?: string;
  /** How this config was put on the endpoint: `deploy`, `rollback`, `instance-type-change` or unknown. */
  kind?: 'deploy' | 'rollback' | 'instance-type-change';
  outcome: HistoryOutcome;
  /** AWS's words when it ended badly (FailureReason), or what SageDeck recorded. */
  outcomeDetail?: string;
  settings?: DeploymentSettings;
  /** A non-approved version deployed on purpose: the reason given. */
  overrideReason?: string;
}

/** A blue/green deployment running now, from DescribeEndpoint's PendingDeploymentSummary. */
export interface PendingDeployment {
  configName: string;
  startedAt?: string;
  variants: { variantName: string; instanceType?: string; instanceCount?: number; statuses: { status: string; message?: string; startTime?: string }[] }[];
}

export interface EndpointDetail extends EndpointSummary {
  tags: Record<string, string>;
  pending?: PendingDeployment;
  lastDeployment?: DeploymentSettings;
  /** Newest first; the first serving entry is the current config. */
  history: DeploymentHistoryEntry[];
  /** The config a rollback would go to (the previous one in the chain), if any. */
  rollbackTarget?: {
    configName: string;
    variants: HistoryVariant[];
    /** True when no record links it: the newest other config named after the endpoint, created before the current one. */
    derived?: boolean;
  };
}

// --- Live deployment --------------------------------------------------------------------------

export type DeploymentPhase =
  | 'creating'
  | 'provisioning'
  | 'baking'
  | 'terminating'
  | 'inService'
  | 'failed'
  | 'rolledBack';

export interface AlarmState {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  reason?: string;
}

/** One endpoint's deployment as it runs: what `endpoints.deployment` watches. */
export interface DeploymentProgress {
  endpointName: string;
  status: EndpointStatus;
  phase: DeploymentPhase;
  /** Config being deployed (while running) or the config the endpoint ended on. */
  targetConfigName?: string;
  servingConfigName?: string;
  /** The newest variant status message, e.g. "Baking for 600 seconds with 10% of traffic on the new fleet." */
  step?: string;
  /** Share of traffic on the new fleet when AWS says it (0..1). */
  newFleetShare?: number;
  alarms: AlarmState[];
  /** AWS's FailureReason when it failed or rolled back. */
  reason?: string;
  done: boolean;
}

// --- Rollback -----------------------------------------------------------------------------------

export interface RollbackPlan {
  endpointName: string;
  fromConfigName: string;
  toConfigName: string;
  before: HistoryVariant[];
  after: HistoryVariant[];
  /** Set when AWS would refuse now (an update is running): what to wait for. */
  blockedReason?: string;
}

export interface RollbackResult {
  endpointName: string;
  fromConfigName: string;
  toConfigName: string;
}

// --- Deploy -----------------------------------------------------------------------------------

export interface DeployResult {
  endpointName: string;
  modelName: string;
  configName: string;
  /** True when the endpoint did not exist and was created. */
  createdEndpoint: boolean;
}

// --- Autoscaling ------------------------------------------------------------------------------

export interface ScalingPolicyView {
  policyName: string;
  policyType: 'TargetTrackingScaling' | 'StepScaling' | string;
  targetValue?: number;
  metric?: string;
  scaleInCooldownSeconds?: number;
  scaleOutCooldownSeconds?: number;
  disableScaleIn?: boolean;
  alarms: string[];
}

export interface ScalingActivity {
  activityId: string;
  description: string;
  cause: string;
  status: string;
  statusMessage?: string;
  startedAt: string;
  endedAt?: string;
}

export interface ScalingCost {
  currency: 'USD';
  instanceType: string;
  /** On-demand price of one instance-hour; absent when the table does not list the type. */
  hourlyPrice?: number;
  hourlyAtMin?: number;
  hourlyAtMax?: number;
  /** 730 hours a month, as AWS's pricing calculator counts. */
  monthlyAtMin?: number;
  monthlyAtMax?: number;
  source: string;
  priceDate: string;
  note?: string;
  /** The profile's monthly budget, when set. */
  budgetMonthly?: number;
  /** Set when the monthly cost at max capacity exceeds the budget. */
  warning?: string;
}

export interface VariantScaling {
  variantName: string;
  instanceType?: string;
  currentInstanceCount?: number;
  /** Absent when the variant is not registered with Application Auto Scaling. */
  target?: { minCapacity: number; maxCapacity: number; suspended: boolean };
  policies: ScalingPolicyView[];
  activities: ScalingActivity[];
  cost?: ScalingCost;
}

export interface EndpointScaling {
  endpointName: string;
  variants: VariantScaling[];
}

export interface Budget {
  profile: string;
  /** USD per month for all endpoints of the profile; absent when none is set. */
  monthlyUsd?: number;
}

/** The guided instance-type change of an autoscaled variant (deregister, update, re-register). */
export interface InstanceTypeChangeResult {
  endpointName: string;
  variantName: string;
  configName: string;
  /** The scaling that will be re-registered once the endpoint is InService again. */
  reRegister?: { minCapacity: number; maxCapacity: number; policies: string[] };
  /** `registered` when done at once; `pending` while the update runs (done by the core when it ends). */
  scaling: 'registered' | 'pending' | 'none';
}

// --- Invocation -------------------------------------------------------------------------------

export interface InvocationResult {
  /** 200 on success; AWS's HTTP status of a model error otherwise. */
  statusCode: number;
  contentType?: string;
  body: string;
  latencyMs: number;
  invokedVariant?: string;
  /** AWS's error code and message when the model or endpoint refused it. */
  error?: { code: string; message: string };
}

export interface RecentPayload {
  contentType: 'application/json' | 'text/csv';
  body: string;
  sentAt: string;
}

/** An alarm that could guard a deployment: any alarm with the endpoint's name as a dimension. */
export interface EndpointAlarm {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  metric?: string;
  description?: string;
}
