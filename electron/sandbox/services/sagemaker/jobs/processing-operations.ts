import type {
  CreateProcessingJobRequest,
  CreateProcessingJobResponse,
  DescribeProcessingJobRequest,
  DescribeProcessingJobResponse,
  ListProcessingJobsRequest,
  ListProcessingJobsResponse,
  ProcessingJobSummary,
  StopProcessingJobRequest,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { requestedResourceNotFound, resourceInUse, validationException } from '../base/errors';
import { listByStatus } from '../base/status-listing';
import type { ProcessingJobRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { toDate } from '../base/time';
import { typed, type EmptyOutput } from '../base/typed';
import { linkProcessingJob } from '../experiments/processing-link';
import { putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkEntityName } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import type { ProcessingLifecycle } from './processing-lifecycle';
import { planProcessing } from './processing-script';
import { validateCreateProcessingJob } from './processing-validate';

type Status = DescribeProcessingJobResponse['ProcessingJobStatus'];

export function describeProcessingJob(job: ProcessingJobRecord): DescribeProcessingJobResponse {
  const r = job.request;
  return {
    ProcessingInputs: r.ProcessingInputs,
    ProcessingOutputConfig: r.ProcessingOutputConfig,
    ProcessingJobName: job.name,
    ProcessingResources: r.ProcessingResources,
    StoppingCondition: r.StoppingCondition,
    AppSpecification: r.AppSpecification,
    Environment: r.Environment,
    NetworkConfig: r.NetworkConfig,
    RoleArn: r.RoleArn,
    ExperimentConfig: r.ExperimentConfig,
    ProcessingJobArn: job.arn,
    ProcessingJobStatus: job.status as Status,
    ExitMessage: job.exitMessage,
    FailureReason: job.failureReason,
    ProcessingEndTime: toDate(job.endMs),
    ProcessingStartTime: toDate(job.startMs),
    LastModifiedTime: toDate(job.lastModifiedMs),
    CreationTime: toDate(job.createdMs),
  };
}

function summarise(job: ProcessingJobRecord): ProcessingJobSummary {
  return {
    ProcessingJobName: job.name,
    ProcessingJobArn: job.arn,
    CreationTime: toDate(job.createdMs),
    ProcessingEndTime: toDate(job.endMs),
    LastModifiedTime: toDate(job.lastModifiedMs),
    ProcessingJobStatus: job.status as Status,
    FailureReason: job.failureReason,
    ExitMessage: job.exitMessage,
  };
}

function findProcessingJob(state: RegionState, name: string | undefined): ProcessingJobRecord {
  const job = name === undefined ? undefined : state.processingJobs[key(name)];
  if (!job) throw requestedResourceNotFound();
  return job;
}

export function admitProcessingJob(
  deps: SageMakerDeps,
  lifecycle: ProcessingLifecycle,
  state: RegionState,
  input: CreateProcessingJobRequest,
): ProcessingJobRecord {
  const name = input.ProcessingJobName ?? '';
  const arn = sagemakerArn(state.where, 'processing-job', name);
  if (state.processingJobs[key(name)]) {
    throw resourceInUse(
      `Processing job names must be unique within an AWS account and region, and a processing job with this name already exists (${arn})`,
    );
  }
  const now = deps.env.clock.now();
  const { Tags, ...request } = input;
  const job: ProcessingJobRecord = {
    name,
    arn,
    request,
    status: 'InProgress',
    createdMs: now,
    lastModifiedMs: now,
    stepsDone: 0,
    plan: planProcessing(input),
  };
  state.processingJobs[key(name)] = job;
  putTags(state, arn, Tags);
  linkProcessingJob(state, job, now);
  lifecycle.resume(job);
  return job;
}

export function processingJobOperations(
  deps: SageMakerDeps,
  lifecycle: ProcessingLifecycle,
): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));
  const checkName = (name: string | undefined) => {
    const c = new Checker();
    checkEntityName(c, 'processingJobName', name);
    c.done();
  };

  const create = (input: CreateProcessingJobRequest, ctx: Ctx): CreateProcessingJobResponse => {
    validateCreateProcessingJob(input);
    return { ProcessingJobArn: admitProcessingJob(deps, lifecycle, region(ctx), input).arn };
  };

  const describe = (input: DescribeProcessingJobRequest, ctx: Ctx): DescribeProcessingJobResponse => {
    checkName(input.ProcessingJobName);
    return describeProcessingJob(findProcessingJob(region(ctx), input.ProcessingJobName));
  };

  const list = (input: ListProcessingJobsRequest, ctx: Ctx): ListProcessingJobsResponse => {
    const { page, nextToken } = listByStatus(
      'ListProcessingJobs',
      Object.values(region(ctx).processingJobs),
      input,
      ENUMS.processingJobStatus,
      'Ascending',
    );
    return { ProcessingJobSummaries: page.map(summarise), NextToken: nextToken };
  };

  const stop = (input: StopProcessingJobRequest, ctx: Ctx): EmptyOutput => {
    checkName(input.ProcessingJobName);
    const job = findProcessingJob(region(ctx), input.ProcessingJobName);
    if (job.status !== 'InProgress') {
      throw validationException(`The request was rejected because the processing job is in status ${job.status}.`);
    }
    lifecycle.stop(job);
    return {};
  };

  return {
    CreateProcessingJob: typed(create),
    DescribeProcessingJob: typed(describe),
    ListProcessingJobs: typed(list),
    StopProcessingJob: typed(stop),
  };
}
