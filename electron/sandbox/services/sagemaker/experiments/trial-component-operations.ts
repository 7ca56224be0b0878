import type {
  AssociateTrialComponentRequest,
  AssociateTrialComponentResponse,
  CreateTrialComponentRequest,
  CreateTrialComponentResponse,
  DeleteTrialComponentRequest,
  DeleteTrialComponentResponse,
  DescribeTrialComponentRequest,
  DescribeTrialComponentResponse,
  DisassociateTrialComponentRequest,
  DisassociateTrialComponentResponse,
  ListTrialComponentsRequest,
  ListTrialComponentsResponse,
  TrialComponentStatus,
  UpdateTrialComponentRequest,
  UpdateTrialComponentResponse,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import type { TrialComponentRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate, toEpochMs } from '../base/time';
import { typed } from '../base/typed';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkExperimentEntityName, checkMaxResults, checkTags } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { findExperiment, findTrial, findTrialComponent } from './lookup';
import { summarise } from './metric-summary';

const PRIMARY_STATUSES = ['InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'];

function checkStatus(c: Checker, status: TrialComponentStatus | undefined): void {
  c.oneOf('status.primaryStatus', status?.PrimaryStatus, PRIMARY_STATUSES);
}

export function createTrialComponentRecord(state: RegionState, input: CreateTrialComponentRequest, now: number): TrialComponentRecord {
  const name = input.TrialComponentName ?? '';
  if (state.trialComponents[key(name)]) throw validationException(`Trial component '${name}' already exists.`);
  const record: TrialComponentRecord = {
    name,
    arn: sagemakerArn(state.where, 'experiment-trial-component', name),
    displayName: input.DisplayName ?? name,
    createdMs: now,
    lastModifiedMs: now,
    parameters: { ...input.Parameters },
    inputArtifacts: { ...input.InputArtifacts },
    outputArtifacts: { ...input.OutputArtifacts },
    metrics: {},
    trials: [],
  };
  if (input.Status?.PrimaryStatus) record.status = { PrimaryStatus: input.Status.PrimaryStatus, ...(input.Status.Message ? { Message: input.Status.Message } : {}) };
  const start = toEpochMs(input.StartTime);
  const end = toEpochMs(input.EndTime);
  if (start !== undefined) record.startMs = start;
  if (end !== undefined) record.endMs = end;
  if (input.MetadataProperties) record.metadataProperties = input.MetadataProperties;
  state.trialComponents[key(name)] = record;
  putTags(state, record.arn, input.Tags);
  return record;
}

export function describeTrialComponent(tc: TrialComponentRecord): DescribeTrialComponentResponse {
  return {
    TrialComponentName: tc.name,
    TrialComponentArn: tc.arn,
    DisplayName: tc.displayName,
    Source: tc.source,
    Status: tc.status as TrialComponentStatus | undefined,
    StartTime: toDate(tc.startMs),
    EndTime: toDate(tc.endMs),
    CreationTime: toDate(tc.createdMs),
    LastModifiedTime: toDate(tc.lastModifiedMs),
    Parameters: tc.parameters,
    InputArtifacts: tc.inputArtifacts,
    OutputArtifacts: tc.outputArtifacts,
    MetadataProperties: tc.metadataProperties,
    Metrics: Object.entries(tc.metrics).map(([name, acc]) => summarise(name, acc)),
    Sources: tc.source ? [tc.source] : undefined,
  };
}

export function trialComponentOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));
  const now = () => deps.env.clock.now();

  const create = (input: CreateTrialComponentRequest, ctx: Ctx): CreateTrialComponentResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'trialComponentName', input.TrialComponentName);
    if (input.DisplayName !== undefined) checkExperimentEntityName(c, 'displayName', input.DisplayName);
    checkStatus(c, input.Status);
    checkTags(c, input.Tags);
    c.done();
    return { TrialComponentArn: createTrialComponentRecord(region(ctx), input, now()).arn };
  };

  const describe = (input: DescribeTrialComponentRequest, ctx: Ctx): DescribeTrialComponentResponse =>
    describeTrialComponent(findTrialComponent(region(ctx), input.TrialComponentName ?? ''));

  const update = (input: UpdateTrialComponentRequest, ctx: Ctx): UpdateTrialComponentResponse => {
    const c = new Checker();
    checkExperimentEntityName(c, 'trialComponentName', input.TrialComponentName);
    checkStatus(c, input.Status);
    c.done();
    const tc = findTrialComponent(region(ctx), input.TrialComponentName ?? '');
    if (input.DisplayName !== undefined) tc.displayName = input.DisplayName;
    if (input.Status?.PrimaryStatus) tc.status = { PrimaryStatus: input.Status.PrimaryStatus, ...(input.Status.Message ? { Message: input.Status.Message } : {}) };
    const start = toEpochMs(input.StartTime);
    const end = toEpochMs(input.EndTime);
    if (start !== undefined) tc.startMs = start;
    if (end !== undefined) tc.endMs = end;
    Object.assign(tc.parameters, input.Parameters);
    Object.assign(tc.inputArtifacts, input.InputArtifacts);
    Object.assign(tc.outputArtifacts, input.OutputArtifacts);
    for (const k of input.ParametersToRemove ?? []) delete tc.parameters[k];
    for (const k of input.InputArtifactsToRemove ?? []) delete tc.inputArtifacts[k];
    for (const k of input.OutputArtifactsToRemove ?? []) delete tc.outputArtifacts[k];
    tc.lastModifiedMs = now();
    return { TrialComponentArn: tc.arn };
  };

  const remove = (input: DeleteTrialComponentRequest, ctx: Ctx): DeleteTrialComponentResponse => {
    const state = region(ctx);
    const tc = findTrialComponent(state, input.TrialComponentName ?? '');
    if (tc.trials.length > 0) {
      throw validationException(`Trial component '${tc.arn}' is associated with trials. Disassociate it from every trial before deleting it.`);
    }
    delete state.trialComponents[key(tc.name)];
    dropTags(state, tc.arn);
    return { TrialComponentArn: tc.arn };
  };

  const associate = (input: AssociateTrialComponentRequest, ctx: Ctx): AssociateTrialComponentResponse => {
    const state = region(ctx);
    const tc = findTrialComponent(state, input.TrialComponentName ?? '');
    const trial = findTrial(state, input.TrialName ?? '');
    if (!tc.trials.some((t) => key(t) === key(trial.name))) tc.trials.push(trial.name);
    trial.lastModifiedMs = now();
    return { TrialComponentArn: tc.arn, TrialArn: trial.arn };
  };

  const disassociate = (input: DisassociateTrialComponentRequest, ctx: Ctx): DisassociateTrialComponentResponse => {
    const state = region(ctx);
    const tc = findTrialComponent(state, input.TrialComponentName ?? '');
    const trial = findTrial(state, input.TrialName ?? '');
    tc.trials = tc.trials.filter((t) => key(t) !== key(trial.name));
    trial.lastModifiedMs = now();
    return { TrialComponentArn: tc.arn, TrialArn: trial.arn };
  };

  const list = (input: ListTrialComponentsRequest, ctx: Ctx): ListTrialComponentsResponse => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const state = region(ctx);
    const trial = input.TrialName ? findTrial(state, input.TrialName) : undefined;
    const experiment = input.ExperimentName ? findExperiment(state, input.ExperimentName) : undefined;
    const trialsOfExperiment = experiment
      ? new Set(Object.values(state.trials).filter((t) => key(t.experimentName) === key(experiment.name)).map((t) => key(t.name)))
      : undefined;
    const matching = Object.values(state.trialComponents).filter(
      (tc) =>
        (!trial || tc.trials.some((t) => key(t) === key(trial.name))) &&
        (!trialsOfExperiment || tc.trials.some((t) => trialsOfExperiment.has(key(t)))) &&
        (!input.SourceArn || tc.source?.SourceArn === input.SourceArn) &&
        inWindow(tc.createdMs, input.CreatedAfter, input.CreatedBefore),
    );
    const sorted = sortItems(matching, (tc) => (input.SortBy === 'Name' ? tc.name : tc.createdMs), input.SortOrder ?? 'Descending', (tc) => tc.name);
    const { page, nextToken } = paginate('ListTrialComponents', sorted, input.NextToken, input.MaxResults);
    return {
      TrialComponentSummaries: page.map((tc) => ({
        TrialComponentName: tc.name,
        TrialComponentArn: tc.arn,
        DisplayName: tc.displayName,
        TrialComponentSource: tc.source,
        Status: tc.status as TrialComponentStatus | undefined,
        StartTime: toDate(tc.startMs),
        EndTime: toDate(tc.endMs),
        CreationTime: toDate(tc.createdMs),
        LastModifiedTime: toDate(tc.lastModifiedMs),
      })),
      NextToken: nextToken,
    };
  };

  return {
    CreateTrialComponent: typed(create),
    DescribeTrialComponent: typed(describe),
    UpdateTrialComponent: typed(update),
    DeleteTrialComponent: typed(remove),
    AssociateTrialComponent: typed(associate),
    DisassociateTrialComponent: typed(disassociate),
    ListTrialComponents: typed(list),
  };
}
