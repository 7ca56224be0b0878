import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { CreateProcessingJobRequest } from '@aws-sdk/client-sagemaker';
import type { ResourceTagReader, ScheduleRunLog, TagDirectory, UsageLedger } from './bus-seams';

export type { ResourceTagReader, ScheduleRunLog, ScheduleRunReport, TagDirectory, TaggedResource, TagSource, UsageLedger, UsageLevel } from './bus-seams';

/**
 * The seams of the sandbox: the protocol layer (one per wire family) decodes an HTTP request into
 * an operation name and a plain input object, calls the service's handler, and encodes whatever it
 * returns or throws. Services hold state and rules only; they never touch HTTP.
 */

export type WireProtocol = 'awsJson1_0' | 'awsJson1_1' | 'restJson1' | 'restXml' | 'awsQuery';

/** Simulated time. Durations given to the clock are simulated; timestamps are wall-clock. */
export interface Clock {
  /** Epoch milliseconds. With the manual clock, a fixed start plus whatever was advanced. */
  now(): number;
  /** Divides every simulated duration (1 = real time, 60 = a minute passes in a second). */
  readonly timeScale: number;
  /** Runs `fn` once `simulatedMs` have passed on this clock. Returns a cancel function. */
  after(simulatedMs: number, fn: () => void): () => void;
  /** Runs `fn` every `simulatedMs` until cancelled. */
  every(simulatedMs: number, fn: () => void): () => void;
}

/** Who is calling, established by SigV4 verification before a handler runs. */
export interface Caller {
  accessKeyId: string;
  accountId: string;
  /** ARN of the identity (root user, IAM user or assumed-role session). */
  arn: string;
  userId: string;
}

export interface OperationContext {
  region: string;
  accountId: string;
  caller: Caller;
  requestId: string;
  clock: Clock;
  /** Raw transport details for the few operations that need them (S3 bodies, checksums). */
  http: {
    method: string;
    path: string;
    query: URLSearchParams;
    headers: Record<string, string>;
    body: Buffer;
  };
  /** Aborted when the client disconnects (event streams stop producing). */
  signal: AbortSignal;
}

/** Thrown by handlers; the protocol layer encodes it the way that service's protocol does. */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** Sender (4xx) vs Receiver (5xx) for awsQuery; derived from status when omitted. */
    readonly fault: 'Sender' | 'Receiver' = status >= 500 ? 'Receiver' : 'Sender',
    /** Extra members some errors carry (S3: Key, BucketName, Resource...). */
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
    this.name = code;
  }
}

/** One event of an AWS event stream: `:event-type` header and a JSON (or XML) payload. */
export interface StreamEvent {
  eventType: string;
  payload: unknown;
}

/**
 * A handler may return this instead of a plain output: the protocol layer sends the initial
 * response and then frames each yielded event as an `application/vnd.amazon.eventstream` message.
 */
export class EventStreamOutput {
  constructor(
    readonly events: AsyncIterable<StreamEvent>,
    readonly initial: Record<string, unknown> = {},
  ) {}
}

export type OperationHandler = (input: Record<string, unknown>, ctx: OperationContext) => unknown | Promise<unknown>;

export interface ServiceDefinition {
  /** SigV4 signing name: 's3', 'sts', 'sagemaker', 'logs', 'monitoring' ... */
  signingName: string;
  protocol: WireProtocol;
  /** awsJson: the X-Amz-Target prefix before the dot (e.g. 'SageMaker', 'Logs_20140328'). */
  targetPrefix?: string;
  /** awsQuery: API version the client sends (e.g. '2011-06-15' for STS). */
  apiVersion?: string;
  /** XML namespace for awsQuery / restXml answers. */
  xmlNamespace?: string;
  operations: Record<string, OperationHandler>;
  /** restJson1: how each operation binds to HTTP (method, path template, headers, query, payload). */
  routes?: RestRoute[];
  /** Requests this accepts are served without SigV4 (e.g. STS AssumeRoleWithWebIdentity), as an anonymous caller. */
  allowsUnsigned?(exchange: HttpExchange): boolean;
  /** Persist and restore state (`--data-dir`); JSON-serialisable. */
  snapshot?(): unknown;
  restore?(state: unknown): void;
  /** Drop all state (control API reset). */
  reset?(): void;
}

/** restJson1 binding of one operation (the subset of Smithy's HTTP traits the sandbox needs). */
export interface RestRoute {
  operation: string;
  method: string;
  /** Path template: '/endpoints/{EndpointName}/invocations'; a greedy label is written '{Key+}'. */
  path: string;
  /** A label's own regex source instead of `[^/]+` (API Gateway's control plane keeps clear of its invoke URLs). */
  labelPatterns?: Record<string, string>;
  /** Input member -> request header name. */
  headers?: Record<string, string>;
  /** Input member -> query string name. */
  query?: Record<string, string>;
  /** Input member that receives the raw request body (Buffer) instead of parsed JSON. */
  payload?: string;
  /** Success status; 200 when omitted. */
  status?: number;
  /** Output member -> response header name. */
  responseHeaders?: Record<string, string>;
  /** Output member whose value (Buffer/Uint8Array/string) is the raw response body. */
  responsePayload?: string;
}

/** One HTTP request as the server hands it to a protocol adapter. Header names are lower-case. */
export interface HttpExchange {
  method: string;
  /** Raw (still percent-encoded) path, without the query string. */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  /** A stream body is written chunk by chunk and flushed (event streams). */
  body: Buffer | string | AsyncIterable<Uint8Array>;
}

/** One adapter per wire family, shared by every service that speaks it. */
export type ProtocolAdapter = (
  service: ServiceDefinition,
  exchange: HttpExchange,
  ctx: Omit<OperationContext, 'http'>,
) => Promise<HttpAnswer>;

/** Lets SageMaker (and part 2's CloudWatch, traffic) write log events into the Logs service. */
export interface LogWriter {
  put(
    where: { accountId: string; region: string },
    group: string,
    stream: string,
    events: { timestamp: number; message: string }[],
  ): void;
}

/**
 * Providers that modules offer each other. A module registers its provider while it is built;
 * consumers read it when they need it (never at build time), so build order does not matter.
 */
export interface SandboxBus {
  logs?: LogWriter;
  /** Mints temporary credentials the SigV4 verifier accepts (STS now, SSO portal in issue 4). */
  credentials?: CredentialIssuer;
  /** S3 objects for modules that read or produce files (SageMaker model artifacts, job outputs). */
  objects?: ObjectStore;
  /** CloudWatch metrics: SageMaker publishes endpoint metrics, alarms read them (part 2). */
  metrics?: MetricSink;
  /** CloudWatch alarms: Auto Scaling creates its own, deployments watch rollback alarms (part 2). */
  alarms?: AlarmRegistry;
  /** SageMaker endpoints as Auto Scaling sees them (part 2). */
  endpoints?: EndpointFleet;
  /** Starts processing jobs for EventBridge Scheduler targets (part 2). */
  processing?: ProcessingJobStarter;
  /** Application Auto Scaling's registered targets, which SageMaker's UpdateEndpoint consults (part 2). */
  scalableTargets?: ScalableTargetDirectory;
  /** SageMaker's endpoint traffic generator, driven by the control API (part 2). */
  traffic?: TrafficControl;
  /** IAM Identity Center device approvals: the verification page and control API decide here (issue 4). */
  ssoDevices?: SsoDeviceApprovals;
  /** EventBridge Scheduler's recent runs, read by the control API (failed runs are otherwise seen only in AWS/Scheduler metrics). */
  scheduleRuns?: ScheduleRunLog;
  /** Every module's taggable resources, for the Resource Groups Tagging API (issue 15); modules register through `services/tagging/directory.ts`. */
  tags?: TagDirectory;
  /** What resources ran or stored over time, for Cost Explorer (issue 15): SageMaker and S3 report, Cost Explorer prices. */
  usage?: UsageLedger;
  /** Each service's tags by resource ARN, read at query time (Cost Explorer groups cost by them). Keyed by signing name. */
  resourceTags?: Record<string, ResourceTagReader>;
}

export interface SsoDeviceApprovals {
  /** Approves or denies a pending device authorization; false for an unknown, used or expired code. */
  decide(userCode: string, decision: 'approve' | 'deny'): boolean;
  isPending(userCode: string): boolean;
  /** The next poll of this code answers slow_down; false for an unknown code. */
  slowDownNext(userCode: string): boolean;
}

export interface TrafficFault {
  /** Added to every request's model latency, in milliseconds. */
  latencyMs: number;
  /** Share of requests (0..1) answered with a 5XX error. */
  errorRate: number;
  /** Only the new fleet of a blue/green deployment misbehaves (a bad model being rolled out). */
  newFleetOnly?: boolean;
}

export interface TrafficSettings {
  endpointName: string;
  region: string;
  accountId: string;
  on: boolean;
  /** Requests per minute at the daily peak. */
  baseRatePerMinute: number;
  /** Replaces the daily pattern while set. */
  fixedRatePerMinute?: number;
  /** By variant name. */
  faults: Record<string, TrafficFault>;
}

export interface TrafficControl {
  start(where: Where, endpointName: string, baseRatePerMinute?: number): TrafficSettings;
  stop(where: Where, endpointName: string): TrafficSettings;
  /** A fixed rate in requests per minute; undefined returns to the daily pattern. */
  setRate(where: Where, endpointName: string, ratePerMinute: number | undefined): TrafficSettings;
  /** Merges into the variant's fault; latency 0 and error rate 0 clear it. */
  setFault(where: Where, endpointName: string, variantName: string, change: Partial<TrafficFault>): TrafficSettings;
  list(): TrafficSettings[];
}

export interface ScalableTargetDirectory {
  /** True when (namespace, resource id, dimension) is registered, e.g. ('sagemaker', 'endpoint/e/variant/v', 'sagemaker:variant:DesiredInstanceCount'). */
  isRegistered(where: Where, serviceNamespace: string, resourceId: string, scalableDimension: string): boolean;
}

export interface Where {
  accountId: string;
  region: string;
}

export interface MetricDatum {
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  value: number;
  unit?: string;
  /** Epoch milliseconds. */
  timestamp: number;
}

export interface MetricSink {
  put(where: Where, datum: MetricDatum): void;
}

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface AlarmStateChange {
  where: Where;
  alarmName: string;
  from: AlarmStateValue;
  to: AlarmStateValue;
  reason: string;
  timestamp: number;
  /** Into ALARM from an evaluation: the newest breaching datapoint (absent after SetAlarmState without data). */
  value?: number;
}

/** What an alarm action sees when it runs (Auto Scaling's step policies place the breach in a step). */
export interface AlarmView {
  state: AlarmStateValue;
  threshold: number;
  /** AlarmActions; empty while the alarm's actions are disabled. */
  alarmActions: string[];
  /** Datapoints of the alarm's current evaluation range that breach the threshold, oldest first. */
  breachingValues: number[];
}

/**
 * The alarm definition is CloudWatch's own PutMetricAlarm input (single-metric alarms), so
 * Auto Scaling creates its target-tracking alarms exactly as AWS does.
 */
export interface AlarmRegistry {
  state(where: Where, alarmName: string): AlarmStateValue | undefined;
  put(where: Where, alarm: PutMetricAlarmInput): void;
  delete(where: Where, alarmNames: string[]): void;
  onStateChange(listener: (change: AlarmStateChange) => void): () => void;
  /** The alarm as its actions see it now; undefined for an unknown alarm. */
  view?(where: Where, alarmName: string): AlarmView | undefined;
}

export interface VariantCapacity {
  endpointName: string;
  variantName: string;
  endpointStatus: string;
  instanceType: string;
  currentInstanceCount: number;
  desiredInstanceCount: number;
}

export interface EndpointFleet {
  variant(where: Where, endpointName: string, variantName: string): VariantCapacity | undefined;
  /** As UpdateEndpointWeightsAndCapacities does; throws AwsError when the endpoint cannot change now. */
  setDesiredInstanceCount(where: Where, endpointName: string, variantName: string, count: number): void;
  /**
   * InvocationsPerInstance (sum per minute) of the last `minutes` complete minutes, oldest first, as
   * the metric target tracking follows; lets Auto Scaling size the variant as AWS does.
   */
  recentInvocationsPerInstance?(where: Where, endpointName: string, variantName: string, minutes: number): number[];
}

export interface ProcessingJobStarter {
  /** Creates a processing job from a template (CreateProcessingJob input); returns its ARN. */
  start(where: Where, input: CreateProcessingJobRequest): string;
}

export interface ObjectStore {
  /** Writes a new current version as the bucket's owner would; false when the bucket is not theirs or missing. */
  put(where: { accountId: string; region: string }, bucket: string, key: string, body: Buffer, contentType?: string): boolean;
  /** Size and ETag of the current version, or undefined when there is none. */
  head(where: { accountId: string; region: string }, bucket: string, key: string): { size: number; etag: string } | undefined;
  /** True when the bucket is the caller's and holds a current object whose key starts with the prefix (how SageMaker reads an `S3Prefix` input). */
  hasPrefix(where: { accountId: string; region: string }, bucket: string, prefix: string): boolean;
  /**
   * The objects of the caller's bucket with their bytes, as AWS Backup copies them: each key's
   * version current at `asOfMs` (now when absent), deleted keys left out; undefined when the bucket
   * is not theirs or missing.
   */
  currentObjects?(where: { accountId: string; region: string }, bucket: string, asOfMs?: number): { key: string; body: Buffer; etag: string; contentType: string }[] | undefined;
  /** Creates an empty bucket as CreateBucket with defaults would (AWS Backup's restore into a new bucket); false when the name is taken. */
  createBucket?(where: { accountId: string; region: string }, bucket: string): boolean;
}

export interface IssueCredentialsRequest {
  accountId: string;
  /** ARN the credentials act as (assumed-role session, IAM user...). */
  arn: string;
  userId: string;
  /** Epoch milliseconds on the sandbox clock. */
  expiresAt: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

export interface CredentialIssuer {
  issue(request: IssueCredentialsRequest): IssuedCredentials;
  /** True for credentials that carry a session token (STS/SSO issued), false for long-term keys. */
  isTemporary(accessKeyId: string): boolean;
}

/** What every service module is built with. */
export interface ServiceEnv {
  clock: Clock;
  /** Account of the sandbox's default credentials; STS-issued identities may carry others. */
  defaultAccountId: string;
  bus: SandboxBus;
}

export type SeedKind = 'demo' | 'empty';

/**
 * A service module groups services that share state (SageMaker writes CloudWatch Logs, Runtime
 * reads endpoints). The server asks each module for its services and, on seed, to fill itself.
 */
export interface ServiceModule {
  services: ServiceDefinition[];
  seed?(kind: SeedKind, where: { accountId: string; region: string }): void | Promise<void>;
  /** Cancel timers; called on stop and before reset. */
  dispose?(): void;
}

export type ServiceModuleFactory = (env: ServiceEnv) => ServiceModule;
