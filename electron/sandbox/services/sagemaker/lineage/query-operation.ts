import type { AssociationEdgeType, Edge, QueryFilters, QueryLineageRequest, QueryLineageResponse, Vertex } from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { paginate } from '../base/listing';
import type { RegionState } from '../base/state';
import { inWindow } from '../base/time';
import { typed } from '../base/typed';
import { Checker } from '../validation/checker';
import { PATTERNS } from '../validation/patterns';
import { findEntity, requireEntity, type LineageEntity } from './entities';
import { onPaths, traverse, type Way } from './graph';
import { lineageOf } from './store';
import { LINEAGE_ENUMS } from './validation';

/** MaxDepth's documented maximum; AWS names no default, and SageMaker's Python SDK asks for 10. */
const MAX_DEPTH = 10;

const WAYS: Record<string, Way[]> = { Ascendants: ['up'], Descendants: ['down'], Both: ['up', 'down'] };

function matches(entity: LineageEntity, filters: QueryFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.Types && !(entity.type !== undefined && filters.Types.includes(entity.type))) return false;
  if (filters.LineageTypes && !(entity.lineageType !== undefined && filters.LineageTypes.includes(entity.lineageType))) return false;
  if (!inWindow(entity.createdMs, filters.CreatedAfter, filters.CreatedBefore)) return false;
  if (!inWindow(entity.lastModifiedMs, filters.ModifiedAfter, filters.ModifiedBefore)) return false;
  return Object.entries(filters.Properties ?? {}).every(([k, v]) => entity.properties[k] === v);
}

function validate(input: QueryLineageRequest): void {
  const c = new Checker();
  (input.StartArns ?? []).forEach((arn, i) => {
    c.length(`startArns.${i + 1}.member`, arn, 20, 2048);
    c.pattern(`startArns.${i + 1}.member`, arn, PATTERNS.resourceArn);
  });
  c.oneOf('direction', input.Direction, LINEAGE_ENUMS.direction);
  c.range('maxDepth', input.MaxDepth, 0, MAX_DEPTH);
  c.range('maxResults', input.MaxResults, 1);
  (input.Filters?.LineageTypes ?? []).forEach((t, i) => c.oneOf(`filters.lineageTypes.${i + 1}.member`, t, LINEAGE_ENUMS.lineageType));
  c.done();
}

/**
 * Vertices are the matched entities (the starts included when they match); with IncludeEdges also
 * the entities on the paths to them and the associations along those paths. Without MaxResults
 * every vertex comes back in one page (AWS documents no default page size); with it, each edge comes
 * on the page of the vertex it leads to, so paging never repeats one.
 */
function query(state: RegionState, input: QueryLineageRequest): QueryLineageResponse {
  const starts = (input.StartArns ?? []).map((arn) => requireEntity(state, arn).arn);
  const traversal = traverse(Object.values(lineageOf(state).associations), starts, WAYS[input.Direction ?? 'Both'] ?? ['up', 'down'], input.MaxDepth ?? MAX_DEPTH);
  const entities = new Map<string, LineageEntity>();
  for (const [id, { arn }] of traversal.reached) {
    const entity = findEntity(state, arn);
    if (entity) entities.set(id, entity);
  }
  const ordered = [...traversal.reached.entries()].sort(([a, x], [b, y]) => x.depth - y.depth || (a < b ? -1 : a > b ? 1 : 0)).map(([id]) => id);
  const matched = new Set(ordered.filter((id) => { const e = entities.get(id); return e !== undefined && matches(e, input.Filters); }));
  const keep = input.IncludeEdges ? onPaths(traversal, matched) : matched;
  const vertexIds = ordered.filter((id) => keep.has(id) && entities.has(id));
  const { page, nextToken } = input.MaxResults === undefined ? { page: vertexIds, nextToken: undefined } : paginate('QueryLineage', vertexIds, input.NextToken, input.MaxResults);
  const onPage = new Set(page);
  const vertices: Vertex[] = page.flatMap((id) => {
    const e = entities.get(id);
    return e ? [{ Arn: e.arn, ...(e.type !== undefined ? { Type: e.type } : {}), ...(e.lineageType ? { LineageType: e.lineageType } : {}) }] : [];
  });
  const edges: Edge[] = input.IncludeEdges
    ? [...traversal.crossed.values()]
        .filter(({ from, to }) => keep.has(from) && onPage.has(to))
        .map(({ association: a }) => ({ SourceArn: a.sourceArn, DestinationArn: a.destinationArn, ...(a.type ? { AssociationType: a.type as AssociationEdgeType } : {}) }))
    : [];
  return { Vertices: vertices, Edges: edges, NextToken: nextToken };
}

export function queryLineageOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  return {
    QueryLineage: typed((input: QueryLineageRequest, ctx): QueryLineageResponse => {
      validate(input);
      const state = deps.store.region(whereOf(ctx));
      return query(state, input);
    }),
  };
}
