import { nameFromArnOrName, sagemakerArn } from '../base/arn';
import { validationException } from '../base/errors';
import type { EndpointConfigRecord, EndpointRecord, ModelRecord } from '../base/records';
import { key, type RegionState } from '../base/state';

export function findModel(state: RegionState, name: string): ModelRecord {
  const found = state.models[key(nameFromArnOrName(name, 'model'))];
  if (!found) throw validationException(`Could not find model "${sagemakerArn(state.where, 'model', name)}".`);
  return found;
}

export function findEndpointConfig(state: RegionState, name: string): EndpointConfigRecord {
  const found = state.endpointConfigs[key(name)];
  if (!found) throw validationException(`Could not find endpoint configuration "${sagemakerArn(state.where, 'endpoint-config', name)}".`);
  return found;
}

export function findEndpoint(state: RegionState, name: string): EndpointRecord {
  const found = state.endpoints[key(name)];
  if (!found) throw validationException(`Could not find endpoint "${sagemakerArn(state.where, 'endpoint', name)}".`);
  return found;
}

/** The image a model serves: the primary container's, or the first of a pipeline's. */
export function modelImage(model: ModelRecord): string {
  return model.request.PrimaryContainer?.Image ?? model.request.Containers?.[0]?.Image ?? model.fromPackage?.image ?? '';
}

export function modelDataUrl(model: ModelRecord): string | undefined {
  return model.request.PrimaryContainer?.ModelDataUrl ?? model.request.Containers?.[0]?.ModelDataUrl ?? model.fromPackage?.modelDataUrl;
}
