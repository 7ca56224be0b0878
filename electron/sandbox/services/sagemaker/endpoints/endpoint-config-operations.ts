import type {
  CreateEndpointConfigInput,
  CreateEndpointConfigOutput,
  DeleteEndpointConfigInput,
  DescribeEndpointConfigInput,
  DescribeEndpointConfigOutput,
  ListEndpointConfigsInput,
  ListEndpointConfigsOutput,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { nameContains, paginate, sortItems } from '../base/listing';
import type { EndpointConfigRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed, type EmptyOutput } from '../base/typed';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkEntityName, checkMaxResults, checkTags } from '../validation/common';
import { HOSTING_INSTANCE_TYPES } from '../validation/instance-types';
import { ENUMS, PATTERNS } from '../validation/patterns';
import { findEndpointConfig, findModel } from './lookup';

function validate(input: CreateEndpointConfigInput): void {
  const c = new Checker();
  checkEntityName(c, 'endpointConfigName', input.EndpointConfigName);
  if (c.required('productionVariants', input.ProductionVariants)) c.size('productionVariants', input.ProductionVariants, 1, 10);
  (input.ProductionVariants ?? []).forEach((v, i) => {
    const at = `productionVariants.${i + 1}.member`;
    if (c.required(`${at}.variantName`, v.VariantName)) c.pattern(`${at}.variantName`, v.VariantName, PATTERNS.entityName);
    if (!v.ServerlessConfig) {
      c.required(`${at}.modelName`, v.ModelName);
      c.oneOf(`${at}.instanceType`, v.InstanceType, HOSTING_INSTANCE_TYPES);
      c.range(`${at}.initialInstanceCount`, v.InitialInstanceCount, 1);
    }
    c.range(`${at}.initialVariantWeight`, v.InitialVariantWeight, 0);
  });
  checkTags(c, input.Tags);
  c.done();
}

/** Endpoint configs are immutable: a second create with the same name is refused, never merged. */
export function createEndpointConfigRecord(state: RegionState, input: CreateEndpointConfigInput, now: number): EndpointConfigRecord {
  const name = input.EndpointConfigName ?? '';
  const arn = sagemakerArn(state.where, 'endpoint-config', name);
  if (state.endpointConfigs[key(name)]) throw validationException(`Cannot create already existing endpoint configuration "${arn}".`);
  for (const v of input.ProductionVariants ?? []) if (v.ModelName) findModel(state, v.ModelName);
  const record: EndpointConfigRecord = {
    name,
    arn,
    variants: (input.ProductionVariants ?? []).map((v) => ({ ...v, InitialVariantWeight: v.InitialVariantWeight ?? 1 })),
    createdMs: now,
  };
  if (input.KmsKeyId) record.kmsKeyId = input.KmsKeyId;
  state.endpointConfigs[key(name)] = record;
  putTags(state, arn, input.Tags);
  return record;
}

export function endpointConfigOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateEndpointConfigInput, ctx: Ctx): CreateEndpointConfigOutput => {
    validate(input);
    return { EndpointConfigArn: createEndpointConfigRecord(region(ctx), input, deps.env.clock.now()).arn };
  };

  const describe = (input: DescribeEndpointConfigInput, ctx: Ctx): DescribeEndpointConfigOutput => {
    const e = findEndpointConfig(region(ctx), input.EndpointConfigName ?? '');
    return { EndpointConfigName: e.name, EndpointConfigArn: e.arn, ProductionVariants: e.variants, KmsKeyId: e.kmsKeyId, CreationTime: toDate(e.createdMs) };
  };

  const list = (input: ListEndpointConfigsInput, ctx: Ctx): ListEndpointConfigsOutput => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const matching = Object.values(region(ctx).endpointConfigs).filter((e) => nameContains(e.name, input.NameContains) && inWindow(e.createdMs, input.CreationTimeAfter, input.CreationTimeBefore));
    const sorted = sortItems(matching, (e) => (input.SortBy === 'Name' ? e.name : e.createdMs), input.SortOrder ?? 'Descending', (e) => e.name);
    const { page, nextToken } = paginate('ListEndpointConfigs', sorted, input.NextToken, input.MaxResults);
    return { EndpointConfigs: page.map((e) => ({ EndpointConfigName: e.name, EndpointConfigArn: e.arn, CreationTime: toDate(e.createdMs) })), NextToken: nextToken };
  };

  const remove = (input: DeleteEndpointConfigInput, ctx: Ctx): EmptyOutput => {
    const state = region(ctx);
    const e = findEndpointConfig(state, input.EndpointConfigName ?? '');
    delete state.endpointConfigs[key(e.name)];
    dropTags(state, e.arn);
    return {};
  };

  return {
    CreateEndpointConfig: typed(create),
    DescribeEndpointConfig: typed(describe),
    ListEndpointConfigs: typed(list),
    DeleteEndpointConfig: typed(remove),
  };
}
