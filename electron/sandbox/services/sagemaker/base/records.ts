import type {
  CreateModelInput,
  CreateProcessingJobRequest,
  CreateTrainingJobRequest,
  DeploymentConfig,
  InferenceSpecification,
  MetadataProperties,
  ModelMetrics,
  ProductionVariant,
  TrialComponentArtifact,
  TrialComponentParameterValue,
  UserContext,
} from '@aws-sdk/client-sagemaker';

/**
 * Stored state. Every record is plain JSON (times are epoch milliseconds) so snapshot/restore is
 * a JSON round trip; handlers turn records into the SDK's response shapes.
 */

export interface StatusTransition {
  status: string;
  startMs: number;
  endMs?: number;
  message: string;
}

export interface MetricPoint {
  name: string;
  value: number;
  timestampMs: number;
}

/** How a job will play out, decided when it is created so its outcome is deterministic. */
export interface TrainingPlan {
  rounds: number;
  epochMs: number;
  startingMs: number;
  downloadingMs: number;
  uploadingMs: number;
  /** Present when the job is going to fail, and where. */
  failure?: { phase: 'Downloading' | 'Training'; afterRounds: number; reason: string };
}

export interface TrainingJobRecord {
  name: string;
  arn: string;
  request: Omit<CreateTrainingJobRequest, 'Tags'>;
  status: string;
  secondaryStatus: string;
  transitions: StatusTransition[];
  createdMs: number;
  lastModifiedMs: number;
  trainingStartMs?: number;
  trainingEndMs?: number;
  /** Container start time: the epoch in the log stream names. */
  logEpochMs?: number;
  failureReason?: string;
  roundsDone: number;
  finalMetrics: MetricPoint[];
  modelArtifacts?: string;
  trialComponentName?: string;
  plan: TrainingPlan;
}

export interface ProcessingPlan {
  /** Instances launching and the image being pulled, before the container prints anything. */
  startingMs: number;
  stepMs: number;
  failure?: { afterSteps: number; reason: string; exitMessage: string };
  /** A seeded job's missing input, for sandboxes without S3 to check against (with S3 the check finds it itself). */
  missingInput?: string;
}

export interface ProcessingJobRecord {
  name: string;
  arn: string;
  request: Omit<CreateProcessingJobRequest, 'Tags'>;
  status: string;
  createdMs: number;
  lastModifiedMs: number;
  startMs?: number;
  endMs?: number;
  logEpochMs?: number;
  failureReason?: string;
  exitMessage?: string;
  stepsDone: number;
  plan: ProcessingPlan;
}

export interface ExperimentRecord {
  name: string;
  arn: string;
  displayName: string;
  description?: string;
  createdMs: number;
  lastModifiedMs: number;
}

export interface TrialRecord {
  name: string;
  arn: string;
  displayName: string;
  experimentName: string;
  createdMs: number;
  lastModifiedMs: number;
  metadataProperties?: MetadataProperties;
  source?: { SourceArn: string; SourceType?: string };
}

/** Running summary of one metric: enough for Min/Max/Avg/Last/Count/StdDev without the series. */
export interface MetricAccumulator {
  count: number;
  sum: number;
  sumOfSquares: number;
  min: number;
  max: number;
  last: number;
  lastMs: number;
  sourceArn?: string;
}

export interface TrialComponentRecord {
  name: string;
  arn: string;
  displayName: string;
  status?: { PrimaryStatus: string; Message?: string };
  startMs?: number;
  endMs?: number;
  createdMs: number;
  lastModifiedMs: number;
  parameters: Record<string, TrialComponentParameterValue>;
  inputArtifacts: Record<string, TrialComponentArtifact>;
  outputArtifacts: Record<string, TrialComponentArtifact>;
  metrics: Record<string, MetricAccumulator>;
  metadataProperties?: MetadataProperties;
  source?: { SourceArn: string; SourceType: string };
  /** Names of the trials it is associated with. */
  trials: string[];
}

export interface PackageGroupRecord {
  name: string;
  arn: string;
  description?: string;
  createdMs: number;
  /** Last version handed out; versions are never reused, even after a delete. */
  lastVersion: number;
  /** The caller that created it, as AWS records it (`IamIdentity` for IAM callers). */
  createdBy?: UserContext;
}

export interface ModelPackageRecord {
  arn: string;
  /** Group name for a versioned package, the package's own name otherwise. */
  name: string;
  groupName?: string;
  version?: number;
  description?: string;
  createdMs: number;
  lastModifiedMs: number;
  approvalStatus: string;
  approvalDescription?: string;
  inferenceSpecification?: InferenceSpecification;
  modelMetrics?: ModelMetrics;
  metadataProperties?: MetadataProperties;
  customerMetadata?: Record<string, string>;
  domain?: string;
  task?: string;
  samplePayloadUrl?: string;
  /** The callers that created it and changed it last, as AWS records them. */
  createdBy?: UserContext;
  lastModifiedBy?: UserContext;
}

export interface ModelRecord {
  name: string;
  arn: string;
  request: Omit<CreateModelInput, 'Tags'>;
  createdMs: number;
  /** A container naming a ModelPackageName serves that version's image and artifacts (resolved at creation, as AWS does). */
  fromPackage?: { image: string; modelDataUrl?: string };
}

export interface EndpointConfigRecord {
  name: string;
  arn: string;
  variants: ProductionVariant[];
  kmsKeyId?: string;
  createdMs: number;
}

/**
 * One production variant as it currently runs. Desired and current are separate so that part 2's
 * autoscaling and blue/green updates can move one towards the other.
 */
export interface VariantState {
  variantName: string;
  modelName: string;
  instanceType?: string;
  desiredInstanceCount: number;
  currentInstanceCount: number;
  desiredWeight: number;
  currentWeight: number;
  deployedImages: { specified: string; resolved: string; resolvedMs: number }[];
  /** Tells a blue/green deployment's new fleet apart from the one it replaces (instance ids). */
  fleetId?: string;
}

/** Where a blue/green deployment is: the new fleet comes up, then traffic shifts step by step. */
export type DeploymentPhase = 'Creating' | 'Baking' | 'Terminating';

/** An UpdateEndpoint in progress: the old fleet keeps `EndpointRecord.variants` until it completes. */
export interface DeploymentRecord {
  configName: string;
  startMs: number;
  /** The effective configuration (RetainDeploymentConfig resolved), shown as LastDeploymentConfig. */
  config: DeploymentConfig;
  /** Cumulative share of traffic on the new fleet after each step (the last is always 1). */
  steps: number[];
  waitMs: number;
  terminationWaitMs: number;
  timeoutMs: number;
  /** Steps whose traffic has been shifted so far. */
  stepsDone: number;
  phase: DeploymentPhase;
  phaseStartMs: number;
  newVariants: VariantState[];
  /** Share of requests the new fleet receives right now. */
  newFraction: number;
}

/** Per-variant faults the traffic control adds (the sandbox's stand-in for a bad model or host). */
export interface VariantTrafficFault {
  /** Added to every request's model latency, in milliseconds. */
  latencyMs: number;
  /** Share of requests (0..1) answered with a 5XX error. */
  errorRate: number;
  /** Only the new fleet of a blue/green deployment misbehaves (a bad model being rolled out). */
  newFleetOnly?: boolean;
}

/** The traffic generator's settings for one endpoint. */
export interface EndpointTraffic {
  on: boolean;
  /** Requests per minute at the daily peak; the pattern scales it through the day. */
  baseRatePerMinute: number;
  /** A fixed rate set through the control API, replacing the daily pattern. */
  fixedRatePerMinute?: number;
  faults: Record<string, VariantTrafficFault>;
}

/** One minute of served traffic, kept so Auto Scaling can compute capacity as target tracking does. */
export interface VariantMinute {
  minuteMs: number;
  invocations: number;
  instances: number;
}

export interface EndpointRecord {
  name: string;
  arn: string;
  configName: string;
  status: string;
  failureReason?: string;
  createdMs: number;
  lastModifiedMs: number;
  variants: VariantState[];
  deployment?: DeploymentRecord;
  lastDeploymentConfig?: DeploymentConfig;
  traffic?: EndpointTraffic;
  /** Recent per-variant minutes (a few only), newest last. */
  recentMinutes?: Record<string, VariantMinute[]>;
}

export interface TagRecord {
  Key: string;
  Value: string;
}

/** Where a lineage entity points (an S3 URI, an image, an ARN), as the Create* calls take it. */
export interface LineageSource {
  SourceUri: string;
  SourceType?: string;
  SourceId?: string;
}

/** A URI-addressable object: data set, image, model (ARN `artifact/<hash>`). */
export interface ArtifactRecord {
  arn: string;
  name?: string;
  type: string;
  sourceUri: string;
  sourceTypes?: { SourceIdType: string; Value: string }[];
  properties: Record<string, string>;
  metadataProperties?: MetadataProperties;
  createdMs: number;
  lastModifiedMs: number;
}

/** An action (ModelDeployment…) or a context (Endpoint, ModelGroup…): named, typed, with a source. */
export interface NamedLineageRecord {
  name: string;
  arn: string;
  type: string;
  source: LineageSource;
  description?: string;
  /** Actions only: Unknown, InProgress, Completed, Failed, Stopping, Stopped. */
  status?: string;
  properties: Record<string, string>;
  metadataProperties?: MetadataProperties;
  createdMs: number;
  lastModifiedMs: number;
}

export interface AssociationRecord {
  sourceArn: string;
  destinationArn: string;
  type?: string;
  createdMs: number;
}

/** What SageMaker's lineage tracking holds for one region. */
export interface LineageState {
  /** Keyed by lower-cased ARN. */
  artifacts: Record<string, ArtifactRecord>;
  /** Keyed by lower-cased name. */
  actions: Record<string, NamedLineageRecord>;
  contexts: Record<string, NamedLineageRecord>;
  /** Keyed by `<source ARN> <destination ARN>` (lower-cased): one association per pair, as AWS has it. */
  associations: Record<string, AssociationRecord>;
  /** The deployment each endpoint was last tracked at, so an update adds a new ModelDeployment action. */
  endpoints: Record<string, { createdMs: number; configName: string; contextArn: string; actionArn: string }>;
}
