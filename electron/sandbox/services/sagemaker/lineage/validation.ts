import type { Checker } from '../validation/checker';
import { checkExperimentEntityName, checkMaxResults } from '../validation/common';
import { ENUMS } from '../validation/patterns';

/** Constraints from SageMaker's service model for the lineage shapes. */
export const LINEAGE_LIMITS = {
  sourceUri: 2048,
  entityType: 256,
  description: 3072,
  artifactProperties: { entries: 30, key: { max: 256, pattern: '.*' }, value: { max: 4096, pattern: '.*' } },
  entityProperties: { entries: 30, key: { max: 2500, pattern: '.*' }, value: { max: 2500, pattern: '.*' } },
} as const;

export const LINEAGE_ENUMS = {
  associationType: ['ContributedTo', 'AssociatedWith', 'DerivedFrom', 'Produced', 'SameAs'],
  actionStatus: ['Unknown', 'InProgress', 'Completed', 'Failed', 'Stopping', 'Stopped'],
  direction: ['Both', 'Ascendants', 'Descendants'],
  lineageType: ['TrialComponent', 'Artifact', 'Context', 'Action'],
  sortByCreation: ['CreationTime'],
  associationSortBy: ['SourceArn', 'DestinationArn', 'SourceType', 'DestinationType', 'CreationTime'],
} as const;

export function checkSourceUri(c: Checker, path: string, value: string | undefined): void {
  if (c.required(path, value)) c.length(path, value, 0, LINEAGE_LIMITS.sourceUri);
}

export function checkEntityType(c: Checker, path: string, value: string | undefined): void {
  if (c.required(path, value)) c.length(path, value, 0, LINEAGE_LIMITS.entityType);
}

/** The members every List call of the lineage API shares: page size and sort order. */
export function checkListing(c: Checker, input: { MaxResults?: number; SortBy?: string; SortOrder?: string }, sortBy: readonly string[]): void {
  checkMaxResults(c, input.MaxResults);
  c.oneOf('sortBy', input.SortBy, sortBy);
  c.oneOf('sortOrder', input.SortOrder, ENUMS.sortOrder);
}

/** Name, type, source and properties of a CreateAction / CreateContext request. */
export function checkNamedEntity(
  c: Checker,
  kind: 'action' | 'context',
  input: { name?: string; type?: string; sourceUri?: string; sourceSet: boolean; description?: string; properties?: Record<string, string> },
): void {
  checkExperimentEntityName(c, `${kind}Name`, input.name);
  if (c.required('source', input.sourceSet ? {} : undefined)) checkSourceUri(c, 'source.sourceUri', input.sourceUri);
  checkEntityType(c, `${kind}Type`, input.type);
  c.length('description', input.description, 0, LINEAGE_LIMITS.description);
  const p = LINEAGE_LIMITS.entityProperties;
  c.map('properties', input.properties, p.entries, p.key, p.value);
}
