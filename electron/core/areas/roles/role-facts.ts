import type { RoleUse } from '../../../../shared/domain/roles';

/* What the roles section knows about a role (from IAM) and what the pipeline uses it for (from the resources). */

export interface InlinePolicy {
  name: string;
  /** JSON text as IAM stores it (decoded). */
  document: string;
}

export interface ManagedPolicyRecord {
  arn: string;
  name: string;
  defaultVersionId?: string | undefined;
  /** The default version's JSON text (decoded). */
  document: string;
  awsManaged: boolean;
}

export interface RoleRecord {
  name: string;
  arn: string;
  path: string;
  /** The trust policy's JSON text (decoded). */
  trust: string;
  boundaryArn?: string | undefined;
  inline: InlinePolicy[];
  attached: ManagedPolicyRecord[];
}

export interface ScheduleTarget {
  arn: string;
  /** The target's input (the universal targets' request). */
  input?: string | undefined;
}

/** Everything the pipeline's resources say one role is for. */
export interface RoleNeeds {
  uses: RoleUse[];
  /** A SageMaker execution role (jobs, models): needs logs, metrics, images, data. */
  execution: boolean;
  /** s3:// URIs read (inputs, model data) and written (outputs). */
  reads: string[];
  writes: string[];
  /** Container images pulled. */
  images: string[];
  /** KMS keys (ids, ARNs or aliases as the resources name them) of volumes, outputs, buckets, endpoint configs. */
  kmsKeys: string[];
  /** Endpoint ARNs invoked (API Gateway integrations). */
  invokeEndpoints: string[];
  scheduleTargets: ScheduleTarget[];
}

export interface PipelineUsage {
  /** By role name (unique in an account). */
  byRole: Map<string, RoleNeeds>;
  /** Resource kinds that could not be read, in words. */
  notices: string[];
}

export const roleNameOfArn = (arn: string) => arn.split('/').pop() ?? arn;

export const emptyNeeds = (): RoleNeeds => ({ uses: [], execution: false, reads: [], writes: [], images: [], kmsKeys: [], invokeEndpoints: [], scheduleTargets: [] });

/** The role's needs record, made on first mention. */
export function needsOf(usage: PipelineUsage, roleArn: string | undefined): RoleNeeds | undefined {
  if (!roleArn) return undefined;
  const name = roleNameOfArn(roleArn);
  let needs = usage.byRole.get(name);
  if (!needs) {
    needs = emptyNeeds();
    usage.byRole.set(name, needs);
  }
  return needs;
}

/** `s3://bucket/key` → { bucket, key }; undefined for anything else. */
export function parseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return match ? { bucket: match[1] ?? '', key: match[2] ?? '' } : undefined;
}
