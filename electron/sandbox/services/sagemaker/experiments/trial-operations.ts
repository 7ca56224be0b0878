import type {
  CreateTrialRequest,
  CreateTrialResponse,
  DeleteTrialRequest,
  DeleteTrialResponse,
  DescribeTrialRequest,
  DescribeTrialResponse,
  ListTrialsRequest,
  ListTrialsResponse,
  UpdateTrialRequest,
  UpdateTrialResponse,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import type { TrialRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed } from '../base/typed';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkExperimentEntityName, checkMaxResults, checkTags } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { findExperiment, findTrial, findTrialComponent } from './lookup';

export function createTrialRecord(state: RegionState, input: CreateTrialRequest, now: number): TrialRecord {
  const experiment = findExperiment(state, input.ExperimentName ?? '');
  const name = input.TrialName ?? '';
  if (state.trials[key(name)]) throw validationException(`Trial '${name}' already exists.`);
  const record: TrialRecord = {
    name,
    arn: sagemakerArn(state.where, 'experiment-trial', name),
    displayName: input.DisplayName ?? name,
    experimentName: experiment.name,
    createdMs: now,
    lastModifiedMs: now,
    ...(input.MetadataProperties ? { metadataProperties: input.MetadataProperties } : {}),
  };
  state.trials[key(name)] = record;
  experiment.lastModifiedMs = now;
  putTags(state, record.arn, input.Tags);
  return record;
}

export function trialOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateTrialRequest, ctx: Ctx): CreateTrialResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'trialName', input.TrialName);
    checkExperimentEntityName(c, 'experimentName', input.ExperimentName);
    if (input.DisplayName !== undefined) checkExperimentEntityName(c, 'displayName', input.DisplayName);
    checkTags(c, input.Tags);
    c.done();
    return { TrialArn: createTrialRecord(region(ctx), input, deps.env.clock.now()).arn };
  };

  const describe = (input: DescribeTrialRequest, ctx: Ctx): DescribeTrialResponse => {
    const state = region(ctx);
    const t = findTrial(state, input.TrialName ?? '');
    return {
      TrialName: t.name,
      TrialArn: t.arn,
      DisplayName: t.displayName,
      ExperimentName: t.experimentName,
      Source: t.source,
      CreationTime: toDate(t.createdMs),
      LastModifiedTime: toDate(t.lastModifiedMs),
      MetadataProperties: t.metadataProperties,
    };
  };

  const list = (input: ListTrialsRequest, ctx: Ctx): ListTrialsResponse => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const state = region(ctx);
    if (input.ExperimentName) findExperiment(state, input.ExperimentName);
    const component = input.TrialComponentName ? findTrialComponent(state, input.TrialComponentName) : undefined;
    const matching = Object.values(state.trials).filter(
      (t) =>
        (!input.ExperimentName || key(t.experimentName) === key(input.ExperimentName)) &&
        (!component || component.trials.some((name) => key(name) === key(t.name))) &&
        inWindow(t.createdMs, input.CreatedAfter, input.CreatedBefore),
    );
    const sorted = sortItems(matching, (t) => (input.SortBy === 'Name' ? t.name : t.createdMs), input.SortOrder ?? 'Descending', (t) => t.name);
    const { page, nextToken } = paginate('ListTrials', sorted, input.NextToken, input.MaxResults);
    return {
      TrialSummaries: page.map((t) => ({
        TrialArn: t.arn,
        TrialName: t.name,
        DisplayName: t.displayName,
        TrialSource: t.source,
        CreationTime: toDate(t.createdMs),
        LastModifiedTime: toDate(t.lastModifiedMs),
      })),
      NextToken: nextToken,
    };
  };

  const update = (input: UpdateTrialRequest, ctx: Ctx): UpdateTrialResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'trialName', input.TrialName);
    if (input.DisplayName !== undefined) checkExperimentEntityName(c, 'displayName', input.DisplayName);
    c.done();
    const t = findTrial(region(ctx), input.TrialName ?? '');
    if (input.DisplayName !== undefined) t.displayName = input.DisplayName;
    t.lastModifiedMs = deps.env.clock.now();
    return { TrialArn: t.arn };
  };

  const remove = (input: DeleteTrialRequest, ctx: Ctx): DeleteTrialResponse => {
    const state = region(ctx);
    const t = findTrial(state, input.TrialName ?? '');
    if (Object.values(state.trialComponents).some((tc) => tc.trials.some((name) => key(name) === key(t.name)))) {
      throw validationException(`Trial '${t.arn}' has trial components associated with it. Disassociate them before deleting the trial.`);
    }
    delete state.trials[key(t.name)];
    dropTags(state, t.arn);
    return { TrialArn: t.arn };
  };

  return {
    CreateTrial: typed(create),
    DescribeTrial: typed(describe),
    ListTrials: typed(list),
    UpdateTrial: typed(update),
    DeleteTrial: typed(remove),
  };
}
