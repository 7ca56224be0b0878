import type {
  CreateModelInput,
  CreateModelOutput,
  DeleteModelInput,
  DescribeModelInput,
  DescribeModelOutput,
  ListModelsInput,
  ListModelsOutput,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { nameContains, paginate, sortItems } from '../base/listing';
import type { ModelRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed, type EmptyOutput } from '../base/typed';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkMaxResults, checkRoleArn, checkS3Uri, checkTags } from '../validation/common';
import { ENUMS, PATTERNS } from '../validation/patterns';
import { findPackage } from '../registry/package-operations';
import { findModel } from './lookup';

function validateCreateModel(input: CreateModelInput): void {
  const c = new Checker();
  if (c.required('modelName', input.ModelName)) {
    c.length('modelName', input.ModelName, 0, 63);
    c.pattern('modelName', input.ModelName, PATTERNS.modelName);
  }
  if (input.ExecutionRoleArn !== undefined) checkRoleArn(c, 'executionRoleArn', input.ExecutionRoleArn);
  const containers = input.PrimaryContainer ? [['primaryContainer', input.PrimaryContainer] as const] : (input.Containers ?? []).map((x, i) => [`containers.${i + 1}.member`, x] as const);
  for (const [at, container] of containers) {
    if (container.Image !== undefined) {
      c.length(`${at}.image`, container.Image, 0, 255);
      c.pattern(`${at}.image`, container.Image, PATTERNS.containerImage);
    }
    if (container.ModelDataUrl !== undefined) checkS3Uri(c, `${at}.modelDataUrl`, container.ModelDataUrl);
  }
  checkTags(c, input.Tags);
  c.done();
  if (!input.PrimaryContainer && !(input.Containers && input.Containers.length > 0)) {
    throw validationException('Either PrimaryContainer or Containers must be specified.');
  }
}

export function createModelRecord(state: RegionState, input: CreateModelInput, now: number): ModelRecord {
  const name = input.ModelName ?? '';
  const arn = sagemakerArn(state.where, 'model', name);
  if (state.models[key(name)]) throw validationException(`Cannot create already existing model "${arn}".`);
  const { Tags, ...request } = input;
  const record: ModelRecord = { name, arn, request, createdMs: now };
  // A container from the registry: the version must exist ("ModelPackage … does not exist."), and it serves its image.
  const packageName = [input.PrimaryContainer, ...(input.Containers ?? [])].find((c) => c?.ModelPackageName)?.ModelPackageName;
  if (packageName) {
    const container = findPackage(state, packageName).inferenceSpecification?.Containers?.[0];
    record.fromPackage = { image: container?.Image ?? '', ...(container?.ModelDataUrl ? { modelDataUrl: container.ModelDataUrl } : {}) };
  }
  state.models[key(name)] = record;
  putTags(state, arn, Tags);
  return record;
}

export function modelOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateModelInput, ctx: Ctx): CreateModelOutput => {
    validateCreateModel(input);
    return { ModelArn: createModelRecord(region(ctx), input, deps.env.clock.now()).arn };
  };

  const describe = (input: DescribeModelInput, ctx: Ctx): DescribeModelOutput => {
    const m = findModel(region(ctx), input.ModelName ?? '');
    return {
      ModelName: m.name,
      PrimaryContainer: m.request.PrimaryContainer,
      Containers: m.request.Containers,
      InferenceExecutionConfig: m.request.InferenceExecutionConfig,
      ExecutionRoleArn: m.request.ExecutionRoleArn,
      VpcConfig: m.request.VpcConfig,
      CreationTime: toDate(m.createdMs),
      ModelArn: m.arn,
      EnableNetworkIsolation: m.request.EnableNetworkIsolation ?? false,
    };
  };

  const list = (input: ListModelsInput, ctx: Ctx): ListModelsOutput => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const matching = Object.values(region(ctx).models).filter((m) => nameContains(m.name, input.NameContains) && inWindow(m.createdMs, input.CreationTimeAfter, input.CreationTimeBefore));
    const sorted = sortItems(matching, (m) => (input.SortBy === 'Name' ? m.name : m.createdMs), input.SortOrder ?? 'Descending', (m) => m.name);
    const { page, nextToken } = paginate('ListModels', sorted, input.NextToken, input.MaxResults);
    return { Models: page.map((m) => ({ ModelName: m.name, ModelArn: m.arn, CreationTime: toDate(m.createdMs) })), NextToken: nextToken };
  };

  const remove = (input: DeleteModelInput, ctx: Ctx): EmptyOutput => {
    const state = region(ctx);
    const m = findModel(state, input.ModelName ?? '');
    delete state.models[key(m.name)];
    dropTags(state, m.arn);
    return {};
  };

  return { CreateModel: typed(create), DescribeModel: typed(describe), ListModels: typed(list), DeleteModel: typed(remove) };
}
