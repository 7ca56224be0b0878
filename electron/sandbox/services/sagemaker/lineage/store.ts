import { sagemakerArn } from '../base/arn';
import { hexFrom } from '../base/hash';
import type { ArtifactRecord, AssociationRecord, LineageSource, LineageState, NamedLineageRecord } from '../base/records';
import { key, type RegionState } from '../base/state';

/** The region's lineage maps, created on first use (older snapshots have none). */
export function lineageOf(state: RegionState): LineageState {
  return (state.lineage ??= { artifacts: {}, actions: {}, contexts: {}, associations: {}, endpoints: {} });
}

/** Artifact ARNs end in a 32-hex-digit id (`artifact/9f3c…`); derived here so seeds are stable. */
function artifactArn(state: RegionState, seed: string): string {
  const taken = lineageOf(state).artifacts;
  for (let n = 0; ; n++) {
    const arn = `arn:aws:sagemaker:${state.where.region}:${state.where.accountId}:artifact/${hexFrom(`${seed}#${n}`, 32)}`;
    if (!taken[arn]) return arn;
  }
}

export interface NewArtifact {
  name?: string;
  type: string;
  sourceUri: string;
  sourceTypes?: ArtifactRecord['sourceTypes'];
  properties?: Record<string, string>;
  metadataProperties?: ArtifactRecord['metadataProperties'];
}

export function createArtifactRecord(state: RegionState, input: NewArtifact, now: number): ArtifactRecord {
  const record: ArtifactRecord = {
    arn: artifactArn(state, `${input.sourceUri}|${input.type}|${now}`),
    type: input.type,
    sourceUri: input.sourceUri,
    properties: { ...input.properties },
    createdMs: now,
    lastModifiedMs: now,
  };
  if (input.name !== undefined) record.name = input.name;
  if (input.sourceTypes) record.sourceTypes = input.sourceTypes;
  if (input.metadataProperties) record.metadataProperties = input.metadataProperties;
  lineageOf(state).artifacts[record.arn] = record;
  return record;
}

/**
 * The artifact for a URI, made on first sight: SageMaker reuses entities rather than creating new
 * ones, "there can be only one artifact with a unique SourceUri" (Lineage Tracking Entities).
 */
export function artifactFor(state: RegionState, sourceUri: string, type: string, now: number): ArtifactRecord {
  const existing = Object.values(lineageOf(state).artifacts)
    .filter((a) => a.sourceUri === sourceUri)
    .sort((a, b) => a.createdMs - b.createdMs)[0];
  return existing ?? createArtifactRecord(state, { sourceUri, type }, now);
}

export interface NewNamedEntity {
  name: string;
  type: string;
  source: LineageSource;
  description?: string;
  status?: string;
  properties?: Record<string, string>;
  metadataProperties?: NamedLineageRecord['metadataProperties'];
}

export function namedRecord(state: RegionState, kind: 'action' | 'context', input: NewNamedEntity, now: number): NamedLineageRecord {
  const record: NamedLineageRecord = {
    name: input.name,
    arn: sagemakerArn(state.where, kind, input.name),
    type: input.type,
    source: input.source,
    properties: { ...input.properties },
    createdMs: now,
    lastModifiedMs: now,
  };
  if (input.description !== undefined) record.description = input.description;
  if (input.status !== undefined) record.status = input.status;
  if (input.metadataProperties) record.metadataProperties = input.metadataProperties;
  const lineage = lineageOf(state);
  (kind === 'action' ? lineage.actions : lineage.contexts)[key(input.name)] = record;
  return record;
}

/** A name SageMaker would give an entity it creates: `<resource>-<epoch seconds>-aws-<what>`, unique. */
export function autoName(state: RegionState, kind: 'action' | 'context', resource: string, what: string, now: number): string {
  const taken = kind === 'action' ? lineageOf(state).actions : lineageOf(state).contexts;
  let seconds = Math.floor(now / 1000);
  while (taken[key(`${resource}-${seconds}-aws-${what}`)]) seconds += 1;
  return `${resource}-${seconds}-aws-${what}`;
}

export function associationKey(sourceArn: string, destinationArn: string): string {
  return `${sourceArn.toLowerCase()} ${destinationArn.toLowerCase()}`;
}

/** Adds the association unless the pair is already associated (SageMaker's own tracking never duplicates). */
export function associate(state: RegionState, sourceArn: string, destinationArn: string, type: string, now: number): AssociationRecord {
  const associations = lineageOf(state).associations;
  const id = associationKey(sourceArn, destinationArn);
  return (associations[id] ??= { sourceArn, destinationArn, type, createdMs: now });
}
