import type {
  CreateExperimentRequest,
  CreateExperimentResponse,
  DeleteExperimentRequest,
  DeleteExperimentResponse,
  DescribeExperimentRequest,
  DescribeExperimentResponse,
  ListExperimentsRequest,
  ListExperimentsResponse,
  UpdateExperimentRequest,
  UpdateExperimentResponse,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import type { ExperimentRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed } from '../base/typed';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkExperimentEntityName, checkMaxResults, checkTags } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { findExperiment } from './lookup';

export function createExperimentRecord(state: RegionState, input: CreateExperimentRequest, now: number): ExperimentRecord {
  const name = input.ExperimentName ?? '';
  if (state.experiments[key(name)]) throw validationException(`Experiment '${name}' already exists.`);
  const record: ExperimentRecord = {
    name,
    arn: sagemakerArn(state.where, 'experiment', name),
    displayName: input.DisplayName ?? name,
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    createdMs: now,
    lastModifiedMs: now,
  };
  state.experiments[key(name)] = record;
  putTags(state, record.arn, input.Tags);
  return record;
}

export function experimentOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateExperimentRequest, ctx: Ctx): CreateExperimentResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'experimentName', input.ExperimentName);
    if (input.DisplayName !== undefined) checkExperimentEntityName(c, 'displayName', input.DisplayName);
    c.length('description', input.Description, 0, 3072);
    checkTags(c, input.Tags);
    c.done();
    return { ExperimentArn: createExperimentRecord(region(ctx), input, deps.env.clock.now()).arn };
  };

  const describe = (input: DescribeExperimentRequest, ctx: Ctx): DescribeExperimentResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'experimentName', input.ExperimentName);
    c.done();
    const e = findExperiment(region(ctx), input.ExperimentName ?? '');
    return {
      ExperimentName: e.name,
      ExperimentArn: e.arn,
      DisplayName: e.displayName,
      Description: e.description,
      CreationTime: toDate(e.createdMs),
      LastModifiedTime: toDate(e.lastModifiedMs),
    };
  };

  const list = (input: ListExperimentsRequest, ctx: Ctx): ListExperimentsResponse => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const matching = Object.values(region(ctx).experiments).filter((e) => inWindow(e.createdMs, input.CreatedAfter, input.CreatedBefore));
    const sorted = sortItems(matching, (e) => (input.SortBy === 'Name' ? e.name : e.createdMs), input.SortOrder ?? 'Descending', (e) => e.name);
    const { page, nextToken } = paginate('ListExperiments', sorted, input.NextToken, input.MaxResults);
    return {
      ExperimentSummaries: page.map((e) => ({
        ExperimentArn: e.arn,
        ExperimentName: e.name,
        DisplayName: e.displayName,
        CreationTime: toDate(e.createdMs),
        LastModifiedTime: toDate(e.lastModifiedMs),
      })),
      NextToken: nextToken,
    };
  };

  const update = (input: UpdateExperimentRequest, ctx: Ctx): UpdateExperimentResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'experimentName', input.ExperimentName);
    if (input.DisplayName !== undefined) checkExperimentEntityName(c, 'displayName', input.DisplayName);
    c.length('description', input.Description, 0, 3072);
    c.done();
    const e = findExperiment(region(ctx), input.ExperimentName ?? '');
    if (input.DisplayName !== undefined) e.displayName = input.DisplayName;
    if (input.Description !== undefined) e.description = input.Description;
    e.lastModifiedMs = deps.env.clock.now();
    return { ExperimentArn: e.arn };
  };

  const remove = (input: DeleteExperimentRequest, ctx: Ctx): DeleteExperimentResponse => {
    const state = region(ctx);
    const e = findExperiment(state, input.ExperimentName ?? '');
    if (Object.values(state.trials).some((t) => key(t.experimentName) === key(e.name))) {
      throw validationException(`Experiment '${e.arn}' has trials associated with it. Delete its trials before deleting the experiment.`);
    }
    delete state.experiments[key(e.name)];
    dropTags(state, e.arn);
    return { ExperimentArn: e.arn };
  };

  return {
    CreateExperiment: typed(create),
    DescribeExperiment: typed(describe),
    ListExperiments: typed(list),
    UpdateExperiment: typed(update),
    DeleteExperiment: typed(remove),
  };
}
