import type { Where } from './types';

/*
 * Bus seams a few services share beyond the protocol layer: what ran or stored over time (Cost
 * Explorer), every module's taggable resources (the Resource Groups Tagging API) and Scheduler's
 * recent runs (the control API). Re-exported from types.ts.
 */

/** What a resource uses from a moment on: instances of a type (instance-hours) or bytes stored (byte-hours). */
export interface UsageLevel {
  kind: 'training' | 'processing' | 'hosting' | 'storage';
  /** The instance type, for instance-hours. */
  instanceType?: string;
  /** Instances running, or bytes stored. */
  quantity: number;
}

export interface UsageLedger {
  /** From `at` (epoch ms) on, the resource uses exactly these levels; an empty list ends its usage. */
  record(where: Where, resourceArn: string, levels: UsageLevel[], at: number): void;
}

export interface ResourceTagReader {
  /** The resource's tags now; undefined for an ARN this service does not hold. */
  tagsOf(where: Where, arn: string): Record<string, string> | undefined;
}

/** A resource as the Resource Groups Tagging API sees it. */
export interface TaggedResource {
  arn: string;
  /** `service:type` as ResourceTypeFilters name it (`sagemaker:endpoint`, `elasticloadbalancing:loadbalancer`); `s3` for buckets. */
  resourceType: string;
  /** As the service's own tag read returns them. */
  tags: Record<string, string>;
}

/** One service's taggable resources (S3 buckets, SageMaker resources, log groups ...). */
export interface TagSource {
  /** The ARN service namespace it answers for: `s3`, `sagemaker`, `elasticloadbalancing`, `logs` ... */
  service: string;
  /** Its taggable resources in one account and region. */
  list(where: Where): TaggedResource[];
  /** One resource's tags; throws the service's own AwsError (its not-found error) for a resource it does not hold. */
  read(where: Where, arn: string): Record<string, string>;
  /**
   * Replaces a resource's tags with `tags` (the Tagging API merges or removes before writing), so the
   * service's own tag read returns them; throws like `read` for a resource it does not hold.
   */
  write(where: Where, arn: string, tags: Record<string, string>): void;
}

export interface TagDirectory {
  register(source: TagSource): void;
  sources(): readonly TagSource[];
}

export interface ScheduleRunReport {
  accountId: string;
  region: string;
  scheduleArn: string;
  scheduledTime: string;
  executionId?: string;
  outcome: 'Succeeded' | 'Failed';
  /** The processing job ARN, or the target's error (`ResourceInUse: …`). */
  detail: string;
}

export interface ScheduleRunLog {
  /** The kept runs of every schedule, oldest first per schedule. */
  list(): ScheduleRunReport[];
}
