import type {
  ActionSource,
  ActionStatus,
  ContextSource,
  CreateActionRequest,
  CreateActionResponse,
  CreateContextRequest,
  CreateContextResponse,
  DescribeActionRequest,
  DescribeActionResponse,
  DescribeContextRequest,
  DescribeContextResponse,
  ListActionsRequest,
  ListActionsResponse,
  ListContextsRequest,
  ListContextsResponse,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { nameFromArnOrName, sagemakerArn } from '../base/arn';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { resourceNotFound, validationException } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import type { NamedLineageRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed } from '../base/typed';
import { putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkTags } from '../validation/common';
import { ENUMS } from '../validation/patterns';
import { lineageOf, namedRecord } from './store';
import { checkListing, checkNamedEntity, LINEAGE_ENUMS, LINEAGE_LIMITS } from './validation';

type Kind = 'action' | 'context';
type Ctx = Parameters<typeof whereOf>[0];
const NOUN: Record<Kind, string> = { action: 'Action', context: 'Context' };

function mapOf(state: RegionState, kind: Kind): Record<string, NamedLineageRecord> {
  return kind === 'action' ? lineageOf(state).actions : lineageOf(state).contexts;
}

function find(state: RegionState, kind: Kind, nameOrArn: string): NamedLineageRecord {
  const found = mapOf(state, kind)[key(nameFromArnOrName(nameOrArn, kind))];
  if (!found) throw resourceNotFound(`${NOUN[kind]} '${sagemakerArn(state.where, kind, nameFromArnOrName(nameOrArn, kind))}' does not exist.`);
  return found;
}

interface CreateInput {
  name?: string;
  type?: string;
  source?: { SourceUri?: string; SourceType?: string; SourceId?: string };
  description?: string;
  status?: string;
  properties?: Record<string, string>;
  metadataProperties?: NamedLineageRecord['metadataProperties'];
  tags?: CreateActionRequest['Tags'];
}

function createNamed(deps: SageMakerDeps, kind: Kind, input: CreateInput, ctx: Ctx): string {
  const c = new Checker();
  checkNamedEntity(c, kind, { name: input.name, type: input.type, sourceUri: input.source?.SourceUri, sourceSet: input.source !== undefined, description: input.description, properties: input.properties });
  if (kind === 'action') c.oneOf('status', input.status, LINEAGE_ENUMS.actionStatus);
  checkTags(c, input.tags);
  c.done();
  const state = deps.store.region(whereOf(ctx));
  const name = input.name ?? '';
  if (mapOf(state, kind)[key(name)]) throw validationException(`${NOUN[kind]} '${sagemakerArn(state.where, kind, name)}' already exists.`);
  const { SourceUri = '', SourceType, SourceId } = input.source ?? {};
  const record = namedRecord(
    state,
    kind,
    {
      name,
      type: input.type ?? '',
      source: { SourceUri, ...(SourceType !== undefined ? { SourceType } : {}), ...(SourceId !== undefined ? { SourceId } : {}) },
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.properties ? { properties: input.properties } : {}),
      ...(input.metadataProperties ? { metadataProperties: input.metadataProperties } : {}),
    },
    deps.env.clock.now(),
  );
  putTags(state, record.arn, input.tags);
  return record.arn;
}

interface ListInput {
  SourceUri?: string;
  type?: string;
  CreatedAfter?: unknown;
  CreatedBefore?: unknown;
  SortBy?: string;
  SortOrder?: string;
  NextToken?: string;
  MaxResults?: number;
}

function listNamed(deps: SageMakerDeps, kind: Kind, input: ListInput, ctx: Ctx): { page: NamedLineageRecord[]; nextToken: string | undefined } {
  const c = new Checker();
  checkListing(c, input, ENUMS.sortByNameOrCreation);
  c.length('sourceUri', input.SourceUri, 0, LINEAGE_LIMITS.sourceUri);
  c.length(`${kind}Type`, input.type, 0, LINEAGE_LIMITS.entityType);
  c.done();
  const state = deps.store.region(whereOf(ctx));
  const matching = Object.values(mapOf(state, kind)).filter(
    (r) =>
      (input.SourceUri === undefined || r.source.SourceUri === input.SourceUri) &&
      (input.type === undefined || r.type === input.type) &&
      inWindow(r.createdMs, input.CreatedAfter, input.CreatedBefore),
  );
  const order = input.SortOrder === 'Ascending' ? 'Ascending' : 'Descending';
  const sorted = sortItems(matching, (r) => (input.SortBy === 'Name' ? r.name : r.createdMs), order, (r) => r.name);
  return paginate(kind === 'action' ? 'ListActions' : 'ListContexts', sorted, input.NextToken, input.MaxResults);
}

function describeNamed(deps: SageMakerDeps, kind: Kind, nameOrArn: string | undefined, ctx: Ctx): NamedLineageRecord {
  const c = new Checker();
  if (c.required(`${kind}Name`, nameOrArn)) c.length(`${kind}Name`, nameOrArn, 1, 256);
  c.done();
  const state = deps.store.region(whereOf(ctx));
  return find(state, kind, nameOrArn ?? '');
}

const common = (r: NamedLineageRecord) => ({
  Description: r.description,
  Properties: r.properties,
  CreationTime: toDate(r.createdMs),
  LastModifiedTime: toDate(r.lastModifiedMs),
  MetadataProperties: r.metadataProperties,
});

export function actionOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  const source = (r: NamedLineageRecord): ActionSource => ({ ...r.source });
  return {
    CreateAction: typed((input: CreateActionRequest, ctx): CreateActionResponse => ({
      ActionArn: createNamed(deps, 'action', { name: input.ActionName, type: input.ActionType, source: input.Source, description: input.Description, status: input.Status, properties: input.Properties, metadataProperties: input.MetadataProperties, tags: input.Tags }, ctx),
    })),
    DescribeAction: typed((input: DescribeActionRequest, ctx): DescribeActionResponse => {
      const r = describeNamed(deps, 'action', input.ActionName, ctx);
      return { ActionName: r.name, ActionArn: r.arn, Source: source(r), ActionType: r.type, Status: r.status as ActionStatus | undefined, ...common(r) };
    }),
    ListActions: typed((input: ListActionsRequest, ctx): ListActionsResponse => {
      const { page, nextToken } = listNamed(deps, 'action', { ...input, type: input.ActionType }, ctx);
      return {
        ActionSummaries: page.map((r) => ({ ActionArn: r.arn, ActionName: r.name, Source: source(r), ActionType: r.type, Status: r.status as ActionStatus | undefined, CreationTime: toDate(r.createdMs), LastModifiedTime: toDate(r.lastModifiedMs) })),
        NextToken: nextToken,
      };
    }),
  };
}

export function contextOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  const source = (r: NamedLineageRecord): ContextSource => ({ ...r.source });
  return {
    CreateContext: typed((input: CreateContextRequest, ctx): CreateContextResponse => ({
      ContextArn: createNamed(deps, 'context', { name: input.ContextName, type: input.ContextType, source: input.Source, description: input.Description, properties: input.Properties, tags: input.Tags }, ctx),
    })),
    DescribeContext: typed((input: DescribeContextRequest, ctx): DescribeContextResponse => {
      const r = describeNamed(deps, 'context', input.ContextName, ctx);
      return { ContextName: r.name, ContextArn: r.arn, Source: source(r), ContextType: r.type, ...common(r) };
    }),
    ListContexts: typed((input: ListContextsRequest, ctx): ListContextsResponse => {
      const { page, nextToken } = listNamed(deps, 'context', { ...input, type: input.ContextType }, ctx);
      return {
        ContextSummaries: page.map((r) => ({ ContextArn: r.arn, ContextName: r.name, Source: source(r), ContextType: r.type, CreationTime: toDate(r.createdMs), LastModifiedTime: toDate(r.lastModifiedMs) })),
        NextToken: nextToken,
      };
    }),
  };
}
