import type {
  AddAssociationRequest,
  AddAssociationResponse,
  AssociationEdgeType,
  AssociationSummary,
  DeleteAssociationRequest,
  DeleteAssociationResponse,
  ListAssociationsRequest,
  ListAssociationsResponse,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { resourceNotFound, validationException } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import type { AssociationRecord } from '../base/records';
import type { RegionState } from '../base/state';
import { inWindow, toDate } from '../base/time';
import { typed } from '../base/typed';
import { Checker } from '../validation/checker';
import { ASSOCIATION_ENTITY_ARN, findEntity, requireEntity } from './entities';
import { associationKey, lineageOf } from './store';
import { checkListing, LINEAGE_ENUMS, LINEAGE_LIMITS } from './validation';

function checkEnds(c: Checker, input: { SourceArn?: string; DestinationArn?: string }): void {
  for (const [path, value] of [['sourceArn', input.SourceArn], ['destinationArn', input.DestinationArn]] as const) {
    if (!c.required(path, value)) continue;
    c.length(path, value, 0, 256);
    c.pattern(path, value, ASSOCIATION_ENTITY_ARN);
  }
}

function summarise(state: RegionState, a: AssociationRecord): AssociationSummary {
  const source = findEntity(state, a.sourceArn);
  const destination = findEntity(state, a.destinationArn);
  return {
    SourceArn: a.sourceArn,
    DestinationArn: a.destinationArn,
    SourceType: source?.type,
    DestinationType: destination?.type,
    AssociationType: a.type as AssociationEdgeType | undefined,
    SourceName: source?.name,
    DestinationName: destination?.name,
    CreationTime: toDate(a.createdMs),
  };
}

export function associationOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const add = (input: AddAssociationRequest, ctx: Ctx): AddAssociationResponse => {
    const c = new Checker();
    checkEnds(c, input);
    c.oneOf('associationType', input.AssociationType, LINEAGE_ENUMS.associationType);
    c.done();
    const state = region(ctx);
    const source = requireEntity(state, input.SourceArn ?? '');
    const destination = requireEntity(state, input.DestinationArn ?? '');
    const associations = lineageOf(state).associations;
    const id = associationKey(source.arn, destination.arn);
    // SageMaker's Python SDK tolerates exactly this error ("already exists") when re-adding a pair.
    if (associations[id]) throw validationException(`Association between source '${source.arn}' and destination '${destination.arn}' already exists.`);
    associations[id] = { sourceArn: source.arn, destinationArn: destination.arn, ...(input.AssociationType ? { type: input.AssociationType } : {}), createdMs: deps.env.clock.now() };
    return { SourceArn: source.arn, DestinationArn: destination.arn };
  };

  const remove = (input: DeleteAssociationRequest, ctx: Ctx): DeleteAssociationResponse => {
    const c = new Checker();
    checkEnds(c, input);
    c.done();
    const state = region(ctx);
    const associations = lineageOf(state).associations;
    const id = associationKey(input.SourceArn ?? '', input.DestinationArn ?? '');
    const found = associations[id];
    if (!found) throw resourceNotFound(`Association between source '${input.SourceArn ?? ''}' and destination '${input.DestinationArn ?? ''}' does not exist.`);
    delete associations[id];
    return { SourceArn: found.sourceArn, DestinationArn: found.destinationArn };
  };

  const list = (input: ListAssociationsRequest, ctx: Ctx): ListAssociationsResponse => {
    const c = new Checker();
    checkListing(c, input, LINEAGE_ENUMS.associationSortBy);
    for (const [path, value] of [['sourceArn', input.SourceArn], ['destinationArn', input.DestinationArn]] as const) {
      c.length(path, value, 0, 256);
      c.pattern(path, value, ASSOCIATION_ENTITY_ARN);
    }
    c.length('sourceType', input.SourceType, 0, LINEAGE_LIMITS.entityType);
    c.length('destinationType', input.DestinationType, 0, LINEAGE_LIMITS.entityType);
    c.oneOf('associationType', input.AssociationType, LINEAGE_ENUMS.associationType);
    c.done();
    const state = region(ctx);
    const same = (a: string, b: string | undefined) => b === undefined || a.toLowerCase() === b.toLowerCase();
    const matching = Object.values(lineageOf(state).associations)
      .filter((a) => same(a.sourceArn, input.SourceArn) && same(a.destinationArn, input.DestinationArn) && (input.AssociationType === undefined || a.type === input.AssociationType))
      .filter((a) => inWindow(a.createdMs, input.CreatedAfter, input.CreatedBefore))
      .map((a) => summarise(state, a))
      .filter((s) => (input.SourceType === undefined || s.SourceType === input.SourceType) && (input.DestinationType === undefined || s.DestinationType === input.DestinationType));
    const by = input.SortBy ?? 'CreationTime';
    const sortKey = (s: AssociationSummary): string | number => (by === 'CreationTime' ? (s.CreationTime?.getTime() ?? 0) : String(s[by as 'SourceArn'] ?? ''));
    const sorted = sortItems(matching, sortKey, input.SortOrder ?? 'Descending', (s) => `${s.SourceArn ?? ''} ${s.DestinationArn ?? ''}`);
    const { page, nextToken } = paginate('ListAssociations', sorted, input.NextToken, input.MaxResults);
    return { AssociationSummaries: page, NextToken: nextToken };
  };

  return { AddAssociation: typed(add), DeleteAssociation: typed(remove), ListAssociations: typed(list) };
}
