import type { RestApi, Stage } from '@aws-sdk/client-api-gateway';
import { SERVES_ENDPOINT_TAG, type ApiStageSummary, type ApiSummary } from '../../../../shared/domain/apis';
import { stageInvokeUrl, type InvokeTarget } from './invoke-urls';


/** The endpoints an API says it serves: the tag's value, several separated by commas. */
export function servedEndpoints(tags: Record<string, string>): string[] {
  return [...new Set((tags[SERVES_ENDPOINT_TAG] ?? '').split(/[\s,]+/).filter(Boolean))].sort();
}

export function stageSummary(target: InvokeTarget, apiId: string, stage: Stage): ApiStageSummary {
  const name = stage.stageName ?? '';
  return {
    name,
    ...(stage.deploymentId ? { deploymentId: stage.deploymentId } : {}),
    invokeUrl: stageInvokeUrl(target, apiId, name),
    ...(stage.lastUpdatedDate ? { lastUpdatedAt: stage.lastUpdatedDate.toISOString() } : {}),
  };
}

export function apiSummary(target: InvokeTarget, api: RestApi, stages: Stage[]): ApiSummary {
  const id = api.id ?? '';
  const tags = { ...(api.tags ?? {}) };
  const endpointType = api.endpointConfiguration?.types?.[0];
  return {
    id,
    name: api.name ?? id,
    ...(api.description ? { description: api.description } : {}),
    ...(api.createdDate ? { createdAt: api.createdDate.toISOString() } : {}),
    ...(endpointType ? { endpointType } : {}),
    stages: stages.map((stage) => stageSummary(target, id, stage)).sort((a, b) => a.name.localeCompare(b.name)),
    tags,
    servesEndpoints: servedEndpoints(tags),
  };
}
