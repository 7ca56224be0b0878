import type { EndpointRecord, ModelPackageRecord, ModelRecord, NamedLineageRecord, PackageGroupRecord } from '../base/records';
import { key, type RegionState } from '../base/state';
import { modelDataUrl, modelImage } from '../endpoints/lookup';
import { ARTIFACT_TYPES } from './job-tracking';
import { artifactFor, associate, autoName, lineageOf, namedRecord } from './store';

/*
 * What SageMaker creates for the registry and hosting ("Amazon SageMaker AI–Created Tracking
 * Entities": Tracking Entities for Model Packages and for Endpoints): a context per model package
 * group, an artifact per model package associated with its group's context, and per endpoint a
 * context, a model-deployment action, artifacts for the models and images it deploys, each
 * associated with the action. The types are the ones QueryLineage's Types filter documents
 * ("DataSet, Model, Endpoint, or ModelDeployment") plus `ModelGroup`. Where the doc does not say
 * which association type, the closest documented use is chosen and named below.
 */

export const CONTEXT_TYPES = { endpoint: 'Endpoint', modelGroup: 'ModelGroup' } as const;
export const ACTION_TYPES = { modelDeployment: 'ModelDeployment' } as const;

function groupContext(state: RegionState, group: PackageGroupRecord): NamedLineageRecord {
  const existing = Object.values(lineageOf(state).contexts).find((c) => c.type === CONTEXT_TYPES.modelGroup && c.source.SourceUri === group.arn);
  if (existing) return existing;
  const name = autoName(state, 'context', group.name, 'model-package-group', group.createdMs);
  return namedRecord(state, 'context', { name, type: CONTEXT_TYPES.modelGroup, source: { SourceUri: group.arn } }, group.createdMs);
}

export function trackPackageGroup(state: RegionState, group: PackageGroupRecord): void {
  groupContext(state, group);
}

/**
 * The package's artifact (type `Model`, SourceUri the package ARN: the doc names no type for it and
 * a package is a deployable model). Its model data ContributedTo it, and it ContributedTo its
 * group's context (the doc: "an association between each model package artifact and the context
 * for each model package group").
 */
export function trackModelPackage(state: RegionState, pkg: ModelPackageRecord): void {
  const now = pkg.createdMs;
  const artifact = artifactFor(state, pkg.arn, ARTIFACT_TYPES.model, now);
  for (const container of pkg.inferenceSpecification?.Containers ?? []) {
    if (container.ModelDataUrl) associate(state, artifactFor(state, container.ModelDataUrl, ARTIFACT_TYPES.model, now).arn, artifact.arn, 'ContributedTo', now);
  }
  const group = pkg.groupName ? state.packageGroups[key(pkg.groupName)] : undefined;
  if (group) associate(state, artifact.arn, groupContext(state, group).arn, 'ContributedTo', now);
}

function packageArnOf(state: RegionState, model: ModelRecord): string | undefined {
  const ref = [model.request.PrimaryContainer, ...(model.request.Containers ?? [])].find((c) => c?.ModelPackageName)?.ModelPackageName;
  if (!ref) return undefined;
  const wanted = ref.toLowerCase();
  return Object.values(state.modelPackages).find((p) => p.arn.toLowerCase() === wanted || `${p.name}/${p.version ?? ''}`.toLowerCase() === wanted || p.name.toLowerCase() === wanted)?.arn;
}

/** A served model's artifacts: its package when it came from the registry, else its model data; and its image. */
function deployedArtifacts(state: RegionState, model: ModelRecord, now: number): string[] {
  const arns: string[] = [];
  const fromPackage = packageArnOf(state, model);
  const data = modelDataUrl(model);
  if (fromPackage) arns.push(artifactFor(state, fromPackage, ARTIFACT_TYPES.model, now).arn);
  else if (data) arns.push(artifactFor(state, data, ARTIFACT_TYPES.model, now).arn);
  const image = modelImage(model);
  if (image) arns.push(artifactFor(state, image, ARTIFACT_TYPES.image, now).arn);
  return arns;
}

/**
 * Brings an endpoint's lineage up to date: its context on first sight, and a ModelDeployment action
 * for each endpoint configuration it has come to run (creation, then each completed update). The
 * action's source is the endpoint config; what it deploys ContributedTo it, and it is
 * AssociatedWith the endpoint's context (AddAssociation's own example of AssociatedWith is "an
 * approval workflow is associated with a model deployment"). Returns the new action, if any.
 */
export function trackEndpoint(state: RegionState, endpoint: EndpointRecord): NamedLineageRecord | undefined {
  const lineage = lineageOf(state);
  const tracked = lineage.endpoints[endpoint.arn];
  const sameEndpoint = tracked?.createdMs === endpoint.createdMs;
  if (sameEndpoint && tracked.configName === endpoint.configName) return undefined;
  const contextArn = sameEndpoint
    ? tracked.contextArn
    : namedRecord(state, 'context', { name: autoName(state, 'context', endpoint.name, 'endpoint', endpoint.createdMs), type: CONTEXT_TYPES.endpoint, source: { SourceUri: endpoint.arn } }, endpoint.createdMs).arn;
  const at = sameEndpoint ? endpoint.lastModifiedMs : endpoint.createdMs;
  const config = state.endpointConfigs[key(endpoint.configName)];
  const action = namedRecord(
    state,
    'action',
    {
      name: autoName(state, 'action', endpoint.name, 'model-deployment', at),
      type: ACTION_TYPES.modelDeployment,
      status: 'Completed',
      source: { SourceUri: config?.arn ?? endpoint.configName },
    },
    at,
  );
  for (const variant of config?.variants ?? []) {
    const model = variant.ModelName ? state.models[key(variant.ModelName)] : undefined;
    if (model) for (const arn of deployedArtifacts(state, model, at)) associate(state, arn, action.arn, 'ContributedTo', at);
  }
  associate(state, action.arn, contextArn, 'AssociatedWith', at);
  lineage.endpoints[endpoint.arn] = { createdMs: endpoint.createdMs, configName: endpoint.configName, contextArn, actionArn: action.arn };
  return action;
}
