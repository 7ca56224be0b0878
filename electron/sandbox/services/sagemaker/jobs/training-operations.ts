import type {
  CreateTrainingJobRequest,
  CreateTrainingJobResponse,
  DescribeTrainingJobRequest,
  DescribeTrainingJobResponse,
  ListTrainingJobsRequest,
  ListTrainingJobsResponse,
  StopTrainingJobRequest,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { requestedResourceNotFound, resourceInUse, validationException } from '../base/errors';
import { listByStatus } from '../base/status-listing';
import type { TrainingJobRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { typed, type EmptyOutput } from '../base/typed';
import { checkExperimentConfig, linkTrainingJob } from '../experiments/training-link';
import { putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkEntityName } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { TRAINING_MESSAGES, type TrainingLifecycle } from './training-lifecycle';
import { planTraining } from './training-plan';
import { validateCreateTrainingJob } from './training-validate';
import { describeTrainingJob, summariseTrainingJob } from './training-view';

export function findTrainingJob(state: RegionState, name: string | undefined): TrainingJobRecord {
  const job = name === undefined ? undefined : state.trainingJobs[key(name)];
  if (!job) throw requestedResourceNotFound();
  return job;
}

/** Puts a new job in state and starts it; shared by CreateTrainingJob and the demo seed. */
export function admitTrainingJob(
  deps: SageMakerDeps,
  lifecycle: TrainingLifecycle,
  state: RegionState,
  input: CreateTrainingJobRequest,
): TrainingJobRecord {
  const name = input.TrainingJobName ?? '';
  const arn = sagemakerArn(state.where, 'training-job', name);
  if (state.trainingJobs[key(name)]) {
    throw resourceInUse(
      `Training job names must be unique within an AWS account and region, and a training job with this name already exists (${arn})`,
    );
  }
  checkExperimentConfig(state, input.ExperimentConfig);
  const now = deps.env.clock.now();
  const { Tags, ...request } = input;
  const job: TrainingJobRecord = {
    name,
    arn,
    request,
    status: 'InProgress',
    secondaryStatus: 'Starting',
    transitions: [{ status: 'Starting', startMs: now, message: TRAINING_MESSAGES.Starting }],
    createdMs: now,
    lastModifiedMs: now,
    roundsDone: 0,
    finalMetrics: [],
    plan: planTraining(input),
  };
  state.trainingJobs[key(name)] = job;
  putTags(state, arn, Tags);
  linkTrainingJob(state, job, now);
  lifecycle.start(state, job);
  return job;
}

export function trainingJobOperations(
  deps: SageMakerDeps,
  lifecycle: TrainingLifecycle,
): Record<string, OperationHandler> {
  const region = (ctx: Parameters<typeof whereOf>[0]) => deps.store.region(whereOf(ctx));

  const create = (input: CreateTrainingJobRequest, ctx: Parameters<typeof whereOf>[0]): CreateTrainingJobResponse => {
    validateCreateTrainingJob(input);
    const job = admitTrainingJob(deps, lifecycle, region(ctx), input);
    return { TrainingJobArn: job.arn };
  };

  const describe = (
    input: DescribeTrainingJobRequest,
    ctx: Parameters<typeof whereOf>[0],
  ): DescribeTrainingJobResponse => {
    const c = new Checker();
    checkEntityName(c, 'trainingJobName', input.TrainingJobName);
    c.done();
    return describeTrainingJob(findTrainingJob(region(ctx), input.TrainingJobName));
  };

  const list = (input: ListTrainingJobsRequest, ctx: Parameters<typeof whereOf>[0]): ListTrainingJobsResponse => {
    const { page, nextToken } = listByStatus(
      'ListTrainingJobs',
      Object.values(region(ctx).trainingJobs),
      input,
      ENUMS.trainingJobStatus,
      'Ascending',
    );
    return { TrainingJobSummaries: page.map(summariseTrainingJob), NextToken: nextToken };
  };

  const stop = (input: StopTrainingJobRequest, ctx: Parameters<typeof whereOf>[0]): EmptyOutput => {
    const c = new Checker();
    checkEntityName(c, 'trainingJobName', input.TrainingJobName);
    c.done();
    const state = region(ctx);
    const job = findTrainingJob(state, input.TrainingJobName);
    if (job.status !== 'InProgress') {
      throw validationException(`The request was rejected because the training job is in status ${job.status}.`);
    }
    lifecycle.stop(state, job);
    return {};
  };

  return {
    CreateTrainingJob: typed(create),
    DescribeTrainingJob: typed(describe),
    ListTrainingJobs: typed(list),
    StopTrainingJob: typed(stop),
  };
}
