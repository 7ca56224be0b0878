import type {
  ArtifactSource,
  ArtifactSourceIdType,
  CreateArtifactRequest,
  CreateArtifactResponse,
  DescribeArtifactRequest,
  DescribeArtifactResponse,
  ListArtifactsRequest,
  ListArtifactsResponse,
} from '@aws-sdk/client-sagemaker';
import type { OperationHandler } from '../../../types';
import { whereOf, type SageMakerDeps } from '../base/deps';
import { resourceNotFound } from '../base/errors';
import { paginate, sortItems } from '../base/listing';
import type { ArtifactRecord } from '../base/records';
import { inWindow, toDate } from '../base/time';
import { typed } from '../base/typed';
import { putTags } from '../tags/tag-store';
import { Checker } from '../validation/checker';
import { checkExperimentEntityName, checkTags } from '../validation/common';
import { checkEntityType, checkListing, checkSourceUri, LINEAGE_ENUMS, LINEAGE_LIMITS } from './validation';
import { createArtifactRecord, lineageOf } from './store';

const ARTIFACT_ARN = 'arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:artifact/.*';

function sourceOf(a: ArtifactRecord): ArtifactSource {
  return { SourceUri: a.sourceUri, ...(a.sourceTypes ? { SourceTypes: a.sourceTypes.map((t) => ({ SourceIdType: t.SourceIdType as ArtifactSourceIdType, Value: t.Value })) } : {}) };
}

export function artifactOperations(deps: SageMakerDeps): Record<string, OperationHandler> {
  type Ctx = Parameters<typeof whereOf>[0];
  const region = (ctx: Ctx) => deps.store.region(whereOf(ctx));

  const create = (input: CreateArtifactRequest, ctx: Ctx): CreateArtifactResponse => {
    const c = new Checker();
    if (input.ArtifactName !== undefined) checkExperimentEntityName(c, 'artifactName', input.ArtifactName);
    if (c.required('source', input.Source)) checkSourceUri(c, 'source.sourceUri', input.Source?.SourceUri);
    (input.Source?.SourceTypes ?? []).forEach((t, i) => c.oneOf(`source.sourceTypes.${i + 1}.member.sourceIdType`, t.SourceIdType, ['MD5Hash', 'S3ETag', 'S3Version', 'Custom']));
    checkEntityType(c, 'artifactType', input.ArtifactType);
    const p = LINEAGE_LIMITS.artifactProperties;
    c.map('properties', input.Properties, p.entries, p.key, p.value);
    checkTags(c, input.Tags);
    c.done();
    const state = region(ctx);
    const record = createArtifactRecord(
      state,
      {
        ...(input.ArtifactName !== undefined ? { name: input.ArtifactName } : {}),
        type: input.ArtifactType ?? '',
        sourceUri: input.Source?.SourceUri ?? '',
        ...(input.Source?.SourceTypes ? { sourceTypes: input.Source.SourceTypes.map((t) => ({ SourceIdType: t.SourceIdType ?? 'Custom', Value: t.Value ?? '' })) } : {}),
        ...(input.Properties ? { properties: input.Properties } : {}),
        ...(input.MetadataProperties ? { metadataProperties: input.MetadataProperties } : {}),
      },
      deps.env.clock.now(),
    );
    putTags(state, record.arn, input.Tags);
    return { ArtifactArn: record.arn };
  };

  const describe = (input: DescribeArtifactRequest, ctx: Ctx): DescribeArtifactResponse => {
    const c = new Checker();
    if (c.required('artifactArn', input.ArtifactArn)) {
      c.length('artifactArn', input.ArtifactArn, 0, 256);
      c.pattern('artifactArn', input.ArtifactArn, ARTIFACT_ARN);
    }
    c.done();
    const state = region(ctx);
    const a = lineageOf(state).artifacts[(input.ArtifactArn ?? '').toLowerCase()];
    if (!a) throw resourceNotFound(`Artifact '${input.ArtifactArn ?? ''}' does not exist.`);
    return {
      ArtifactName: a.name,
      ArtifactArn: a.arn,
      Source: sourceOf(a),
      ArtifactType: a.type,
      Properties: a.properties,
      CreationTime: toDate(a.createdMs),
      LastModifiedTime: toDate(a.lastModifiedMs),
      MetadataProperties: a.metadataProperties,
    };
  };

  const list = (input: ListArtifactsRequest, ctx: Ctx): ListArtifactsResponse => {
    const c = new Checker();
    checkListing(c, input, LINEAGE_ENUMS.sortByCreation);
    c.length('sourceUri', input.SourceUri, 0, LINEAGE_LIMITS.sourceUri);
    c.length('artifactType', input.ArtifactType, 0, LINEAGE_LIMITS.entityType);
    c.done();
    const state = region(ctx);
    const matching = Object.values(lineageOf(state).artifacts).filter(
      (a) =>
        (input.SourceUri === undefined || a.sourceUri === input.SourceUri) &&
        (input.ArtifactType === undefined || a.type === input.ArtifactType) &&
        inWindow(a.createdMs, input.CreatedAfter, input.CreatedBefore),
    );
    const sorted = sortItems(matching, (a) => a.createdMs, input.SortOrder ?? 'Descending', (a) => a.arn);
    const { page, nextToken } = paginate('ListArtifacts', sorted, input.NextToken, input.MaxResults);
    return {
      ArtifactSummaries: page.map((a) => ({
        ArtifactArn: a.arn,
        ArtifactName: a.name,
        Source: sourceOf(a),
        ArtifactType: a.type,
        CreationTime: toDate(a.createdMs),
        LastModifiedTime: toDate(a.lastModifiedMs),
      })),
      NextToken: nextToken,
    };
  };

  return { CreateArtifact: typed(create), DescribeArtifact: typed(describe), ListArtifacts: typed(list) };
}
