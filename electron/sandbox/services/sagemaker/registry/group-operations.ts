import type {
  CreateModelPackageGroupInput,
  CreateModelPackageGroupOutput,
  DeleteModelPackageGroupInput,
  DescribeModelPackageGroupInput,
  DescribeModelPackageGroupOutput,
  ListModelPackageGroupsInput,
  ListModelPackageGroupsOutput,
  UserContext,
} from '@aws-sdk/client-sagemaker';
import type { OperationContext, OperationHandler } from '../../../types';
import { nameFromArnOrName, sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { conflict, validationException } from '../base/errors';
import { nameContains, paginate, sortItems } from '../base/listing';
import type { PackageGroupRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed, type EmptyOutput } from '../base/typed';
import { trackPackageGroup } from '../lineage/hosting-tracking';
import { dropTags, putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkEntityName, checkMaxResults, checkTags } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { userContextOf } from './user-context';

export function findGroup(state: RegionState, nameOrArn: string): PackageGroupRecord {
  const name = nameFromArnOrName(nameOrArn, 'model-package-group');
  const group = state.packageGroups[key(name)];
  if (!group) throw validationException(`ModelPackageGroup ${name} does not exist.`);
  return group;
}

export function createGroupRecord(state: RegionState, input: CreateModelPackageGroupInput, now: number, by?: UserContext): PackageGroupRecord {
  const name = input.ModelPackageGroupName ?? '';
  const arn = sagemakerArn(state.where, 'model-package-group', name);
  if (state.packageGroups[key(name)]) throw validationException(`Model Package Group already exists: ${arn}`);
  const group: PackageGroupRecord = { name, arn, createdMs: now, lastVersion: 0 };
  if (input.ModelPackageGroupDescription !== undefined) group.description = input.ModelPackageGroupDescription;
  if (by) group.createdBy = by;
  state.packageGroups[key(name)] = group;
  putTags(state, arn, input.Tags);
  trackPackageGroup(state, group);
  return group;
}

export function packageGroupOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = OperationContext;
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateModelPackageGroupInput, ctx: Ctx): CreateModelPackageGroupOutput => {
    const c = new Checker();
    checkEntityName(c, 'modelPackageGroupName', input.ModelPackageGroupName);
    c.length('modelPackageGroupDescription', input.ModelPackageGroupDescription, 0, 1024);
    checkTags(c, input.Tags);
    c.done();
    return { ModelPackageGroupArn: createGroupRecord(region(ctx), input, deps.env.clock.now(), userContextOf(ctx.caller)).arn };
  };

  const describe = (input: DescribeModelPackageGroupInput, ctx: Ctx): DescribeModelPackageGroupOutput => {
    const g = findGroup(region(ctx), input.ModelPackageGroupName ?? '');
    return {
      ModelPackageGroupName: g.name,
      ModelPackageGroupArn: g.arn,
      ModelPackageGroupDescription: g.description,
      CreationTime: toDate(g.createdMs),
      CreatedBy: g.createdBy ?? {},
      ModelPackageGroupStatus: 'Completed',
    };
  };

  const list = (input: ListModelPackageGroupsInput, ctx: Ctx): ListModelPackageGroupsOutput => {
    const c = new Checker();
    checkMaxResults(c, input.MaxResults);
    c.oneOf('sortBy', input.SortBy, ENUMS.sortByNameOrCreation);
    c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
    c.done();
    const matching = Object.values(region(ctx).packageGroups).filter(
      (g) => nameContains(g.name, input.NameContains) && inWindow(g.createdMs, input.CreationTimeAfter, input.CreationTimeBefore),
    );
    const sorted = sortItems(matching, (g) => (input.SortBy === 'Name' ? g.name : g.createdMs), input.SortOrder ?? 'Ascending', (g) => g.name);
    const { page, nextToken } = paginate('ListModelPackageGroups', sorted, input.NextToken, input.MaxResults);
    return {
      ModelPackageGroupSummaryList: page.map((g) => ({
        ModelPackageGroupName: g.name,
        ModelPackageGroupArn: g.arn,
        ModelPackageGroupDescription: g.description,
        CreationTime: toDate(g.createdMs),
        ModelPackageGroupStatus: 'Completed',
      })),
      NextToken: nextToken,
    };
  };

  const remove = (input: DeleteModelPackageGroupInput, ctx: Ctx): EmptyOutput => {
    const state = region(ctx);
    const g = findGroup(state, input.ModelPackageGroupName ?? '');
    if (Object.values(state.modelPackages).some((p) => p.groupName !== undefined && key(p.groupName) === key(g.name))) {
      throw conflict(`Model Package Group ${g.name} contains model packages. Delete them before deleting the group.`);
    }
    delete state.packageGroups[key(g.name)];
    dropTags(state, g.arn);
    return {};
  };

  return {
    CreateModelPackageGroup: typed(create),
    DescribeModelPackageGroup: typed(describe),
    ListModelPackageGroups: typed(list),
    DeleteModelPackageGroup: typed(remove),
  };
}
