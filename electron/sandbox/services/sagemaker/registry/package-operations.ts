import type {
  CreateModelPackageInput,
  CreateModelPackageOutput,
  DeleteModelPackageInput,
  DescribeModelPackageInput,
  DescribeModelPackageOutput,
  ListModelPackagesInput,
  ListModelPackagesOutput,
  ModelApprovalStatus,
  UpdateModelPackageInput,
  UpdateModelPackageOutput,
  UserContext,
} from '@aws-sdk/client-sagemaker';
import type { OperationContext, OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { validationException } from '../base/errors';
import { nameContains, paginate, sortItems } from '../base/listing';
import type { ModelPackageRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed, type EmptyOutput } from '../base/typed';
import { trackModelPackage } from '../lineage/hosting-tracking';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkEntityName, checkMaxResults, checkTags } from '../validation/common';
import { ENUMS, PATTERNS } from '../validation/patterns';
import { findGroup } from './group-operations';
import { userContextOf } from './user-context';

function packageArn(state: RegionState, name: string, version?: number): string {
  const base = `arn:aws:sagemaker:${state.where.region}:${state.where.accountId}:model-package/${name.toLowerCase()}`;
  return version === undefined ? base : `${base}/${version}`;
}

/** Accepts a package ARN, `group/version`, or an unversioned package's name. */
export function findPackage(state: RegionState, ref: string): ModelPackageRecord {
  const arn = ref.startsWith('arn:') ? ref.toLowerCase() : packageArn(state, ref);
  const found = Object.values(state.modelPackages).find((p) => p.arn.toLowerCase() === arn);
  if (!found) throw validationException(`ModelPackage ${ref.startsWith('arn:') ? ref : arn} does not exist.`);
  return found;
}

export function createPackageRecord(state: RegionState, input: CreateModelPackageInput, now: number, by?: UserContext): ModelPackageRecord {
  const groupRef = input.ModelPackageGroupName;
  let record: ModelPackageRecord;
  if (groupRef) {
    const group = findGroup(state, groupRef);
    group.lastVersion += 1;
    record = { arn: packageArn(state, group.name, group.lastVersion), name: group.name, groupName: group.name, version: group.lastVersion, createdMs: now, lastModifiedMs: now, approvalStatus: input.ModelApprovalStatus ?? 'PendingManualApproval' };
  } else {
    const name = input.ModelPackageName ?? '';
    const arn = packageArn(state, name);
    if (state.modelPackages[arn]) throw validationException(`ModelPackage ${arn} already exists.`);
    record = { arn, name, createdMs: now, lastModifiedMs: now, approvalStatus: input.ModelApprovalStatus ?? 'PendingManualApproval' };
  }
  if (input.ModelPackageDescription !== undefined) record.description = input.ModelPackageDescription;
  // AWS fills both at creation: the creator is also the last to have modified it.
  if (by) {
    record.createdBy = by;
    record.lastModifiedBy = by;
  }
  if (input.InferenceSpecification) record.inferenceSpecification = input.InferenceSpecification;
  if (input.ModelMetrics) record.modelMetrics = input.ModelMetrics;
  if (input.MetadataProperties) record.metadataProperties = input.MetadataProperties;
  if (input.CustomerMetadataProperties) record.customerMetadata = { ...input.CustomerMetadataProperties };
  if (input.Domain !== undefined) record.domain = input.Domain;
  if (input.Task !== undefined) record.task = input.Task;
  if (input.SamplePayloadUrl !== undefined) record.samplePayloadUrl = input.SamplePayloadUrl;
  state.modelPackages[record.arn] = record;
  putTags(state, record.arn, input.Tags);
  trackModelPackage(state, record);
  return record;
}

export function describePackage(p: ModelPackageRecord): DescribeModelPackageOutput {
  return {
    ModelPackageName: p.name,
    ModelPackageGroupName: p.groupName,
    ModelPackageVersion: p.version,
    ModelPackageArn: p.arn,
    ModelPackageDescription: p.description,
    CreationTime: toDate(p.createdMs),
    InferenceSpecification: p.inferenceSpecification,
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
    CertifyForMarketplace: false,
    ModelApprovalStatus: p.approvalStatus as ModelApprovalStatus,
    CreatedBy: p.createdBy ?? {},
    MetadataProperties: p.metadataProperties,
    ModelMetrics: p.modelMetrics,
    LastModifiedTime: toDate(p.lastModifiedMs),
    LastModifiedBy: p.lastModifiedBy ?? {},
    ApprovalDescription: p.approvalDescription,
    Domain: p.domain,
    Task: p.task,
    SamplePayloadUrl: p.samplePayloadUrl,
    CustomerMetadataProperties: p.customerMetadata,
  };
}

export function modelPackageOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = OperationContext;
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateModelPackageInput, ctx: Ctx): CreateModelPackageOutput => {
    const c = new Checker();
    if (input.ModelPackageName !== undefined) checkEntityName(c, 'modelPackageName', input.ModelPackageName);
    c.oneOf('modelApprovalStatus', input.ModelApprovalStatus, ENUMS.modelApprovalStatus);
    c.length('modelPackageDescription', input.ModelPackageDescription, 0, 1024);
    checkTags(c, input.Tags);
    c.done();
    if (Boolean(input.ModelPackageName) === Boolean(input.ModelPackageGroupName)) {
      throw validationException('Specify exactly one of ModelPackageName (unversioned) or ModelPackageGroupName (versioned).');
    }
    return { ModelPackageArn: createPackageRecord(region(ctx), input, deps.env.clock.now(), userContextOf(ctx.caller)).arn };
  };

  const describe = (input: DescribeModelPackageInput, ctx: Ctx): DescribeModelPackageOutput => {
    const c = new Checker();
    c.required('modelPackageName', input.ModelPackageName);
    c.done();
    return describePackage(findPackage(region(ctx), input.ModelPackageName ?? ''));
  };

  const list = (input: ListModelPackagesInput, ctx: Ctx): ListModelPackagesOutput => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.oneOf('modelApprovalStatus', input.ModelApprovalStatus, ENUMS.modelApprovalStatus);
    c.oneOf('modelPackageType', input.ModelPackageType, ['Versioned', 'Unversioned', 'Both']);
    c.done();
    const state = region(ctx);
    const group = input.ModelPackageGroupName ? findGroup(state, input.ModelPackageGroupName) : undefined;
    // Without a group AWS lists unversioned packages unless asked otherwise.
    const type = input.ModelPackageType ?? (group ? 'Versioned' : 'Unversioned');
    const matching = Object.values(state.modelPackages).filter(
      (p) =>
        (!group || (p.groupName !== undefined && key(p.groupName) === key(group.name))) &&
        (type === 'Both' || (type === 'Versioned') === (p.version !== undefined)) &&
        (!input.ModelApprovalStatus || p.approvalStatus === input.ModelApprovalStatus) &&
        nameContains(p.name, input.NameContains) &&
        inWindow(p.createdMs, input.CreationTimeAfter, input.CreationTimeBefore),
    );
    const sorted = sortItems(matching, (p) => (input.SortBy === 'Name' ? p.name : p.createdMs), input.SortOrder ?? 'Ascending', (p) => p.arn);
    const { page, nextToken } = paginate('ListModelPackages', sorted, input.NextToken, input.MaxResults);
    return {
      ModelPackageSummaryList: page.map((p) => ({
        ModelPackageName: p.name,
        ModelPackageGroupName: p.groupName,
        ModelPackageVersion: p.version,
        ModelPackageArn: p.arn,
        ModelPackageDescription: p.description,
        CreationTime: toDate(p.createdMs),
        ModelPackageStatus: 'Completed',
        ModelApprovalStatus: p.approvalStatus as ModelApprovalStatus,
      })),
      NextToken: nextToken,
    };
  };

  const update = (input: UpdateModelPackageInput, ctx: Ctx): UpdateModelPackageOutput => {
    const c = new Checker();
    if (c.required('modelPackageArn', input.ModelPackageArn)) c.pattern('modelPackageArn', input.ModelPackageArn, PATTERNS.modelPackageArn);
    c.oneOf('modelApprovalStatus', input.ModelApprovalStatus, ENUMS.modelApprovalStatus);
    c.length('approvalDescription', input.ApprovalDescription, 0, 1024);
    c.done();
    const p = findPackage(region(ctx), input.ModelPackageArn ?? '');
    if (input.ModelApprovalStatus) p.approvalStatus = input.ModelApprovalStatus;
    if (input.ApprovalDescription !== undefined) p.approvalDescription = input.ApprovalDescription;
    if (input.CustomerMetadataProperties) p.customerMetadata = { ...p.customerMetadata, ...input.CustomerMetadataProperties };
    for (const k of input.CustomerMetadataPropertiesToRemove ?? []) delete p.customerMetadata?.[k];
    if (input.InferenceSpecification) p.inferenceSpecification = input.InferenceSpecification;
    p.lastModifiedMs = deps.env.clock.now();
    p.lastModifiedBy = userContextOf(ctx.caller);
    return { ModelPackageArn: p.arn };
  };

  const remove = (input: DeleteModelPackageInput, ctx: Ctx): EmptyOutput => {
    const state = region(ctx);
    const p = findPackage(state, input.ModelPackageName ?? '');
    delete state.modelPackages[p.arn];
    dropTags(state, p.arn);
    return {};
  };

  return {
    CreateModelPackage: typed(create),
    DescribeModelPackage: typed(describe),
    ListModelPackages: typed(list),
    UpdateModelPackage: typed(update),
    DeleteModelPackage: typed(remove),
  };
}
