import type { FlexibleTimeWindow, Tag, Target } from '@aws-sdk/client-scheduler';

export interface Invocation {
  scheduledMs: number;
  /** The `<aws.scheduler.execution-id>` of this run (absent in state saved by older sandboxes). */
  executionId?: string;
  outcome: 'Succeeded' | 'Failed';
  /** The processing job ARN, or why the target could not be invoked. */
  detail: string;
}

export interface ScheduleRecord {
  name: string;
  groupName: string;
  arn: string;
  description?: string;
  expression: string;
  timeZone: string;
  startMs?: number;
  endMs?: number;
  state: 'ENABLED' | 'DISABLED';
  flexibleTimeWindow: FlexibleTimeWindow;
  target: Target;
  kmsKeyArn?: string;
  actionAfterCompletion: 'NONE' | 'DELETE';
  createdMs: number;
  modifiedMs: number;
  /** The most recent invocations (not part of AWS's API; kept for tests and the console's diagnostics). */
  invocations: Invocation[];
}

export interface GroupRecord {
  name: string;
  arn: string;
  createdMs: number;
  modifiedMs: number;
  tags: Tag[];
}

export const DEFAULT_GROUP = 'default';
/** The universal target that starts a SageMaker processing job from a CreateProcessingJob template. */
export const CREATE_PROCESSING_JOB_TARGET = 'arn:aws:scheduler:::aws-sdk:sagemaker:createProcessingJob';
