import type { HealthCounts } from './load-balancers';

/**
 * The pipeline at a glance: one card per stage of the seed's pipeline. Each stage is read on its
 * own, so one that fails (access denied, an emulator without the service) says why while the rest
 * still show.
 */

/**
 * A stage read, or why it could not be. `notice` says what part of a stage that was read could not
 * be (an endpoint without an operation, a call refused): the rest is shown, and so is the gap.
 */
export type StageResult<T> = { ok: true; value: T; notice?: string } | { ok: false; code: string; message: string };

export interface DataStage {
  buckets: number;
  /** Buckets without versioning or default encryption, when readable. */
  unversioned: number;
  unencrypted: number;
  /** How many buckets were checked for versioning and encryption (at most a fixed number). */
  checked?: number;
}

export interface ProcessingStage {
  lastRun?: { name: string; status: string; endedAt?: string; startedAt: string };
  nextScheduledRun?: { schedule: string; at: string };
  failedLast24h: number;
  running: number;
}

export interface TrainingStage {
  running: number;
  failedLast24h: number;
  lastRun?: { name: string; status: string; startedAt: string };
}

export interface RegistryStage {
  pendingApproval: number;
  groups: number;
}

export interface EndpointStageItem {
  name: string;
  status: string;
  instances: number;
  /** The scalable target's MaxCapacity, when the variant autoscales. */
  maxInstances?: number;
  deploymentInProgress: boolean;
}

export interface EndpointsStage {
  endpoints: EndpointStageItem[];
}

export interface AlarmsStage {
  inAlarm: { name: string; resource: string }[];
  total: number;
}

export interface ServingApi {
  id: string;
  name: string;
  /** SageMaker endpoints it serves (its `sagedeck:endpoint` tag). */
  serves: string[];
}

export interface ServingLoadBalancer {
  name: string;
  /** active, provisioning, active_impaired, failed. */
  state: string;
  health?: HealthCounts;
  serves?: string;
}

/** What stands in front of the endpoints: REST APIs and load balancers with their target health. */
export interface ServingStage {
  apis: ServingApi[];
  loadBalancers: ServingLoadBalancer[];
}

export interface PipelineOverview {
  /** When core read it (the overview is cached per session for a short while). */
  readAt: string;
  data: StageResult<DataStage>;
  processing: StageResult<ProcessingStage>;
  training: StageResult<TrainingStage>;
  registry: StageResult<RegistryStage>;
  endpoints: StageResult<EndpointsStage>;
  alarms: StageResult<AlarmsStage>;
  serving: StageResult<ServingStage>;
}
