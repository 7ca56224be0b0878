import type { OperationHandler } from '../../types';
import { badRequest, conflict, limitExceeded, notFound } from './errors';
import { optBool, optString, reqString, stringMap, type Input } from './input';
import { requireApi, whereOf } from './lookup';
import type { RestApiRecord, StageRecord } from './model';
import { stageOut } from './output';
import { patchStage } from './stage-patch';
import { checkVariables } from './stage-variables';
import type { ApiGatewayStore } from './store';
import { readTags } from './tag-rules';

/** API Gateway quotas: 10 stages per API. */
const STAGE_QUOTA = 10;

export function requireStage(api: RestApiRecord, name: unknown): StageRecord {
  const stage = typeof name === 'string' ? api.stages[name] : undefined;
  if (!stage) throw notFound('Invalid Stage identifier specified');
  return stage;
}

/** CreateStage, and CreateDeployment with a new stageName. */
export function createStage(api: RestApiRecord, now: number, input: Input): StageRecord {
  const stageName = reqString(input, 'stageName');
  if (!/^[a-zA-Z0-9_-]{1,128}$/.test(stageName)) throw badRequest('Stage name only allows a-zA-Z0-9_-');
  if (api.stages[stageName]) throw conflict('Stage already exists');
  if (Object.keys(api.stages).length >= STAGE_QUOTA) throw limitExceeded(`Cannot create more than ${STAGE_QUOTA} stages in an API`);
  const deploymentId = reqString(input, 'deploymentId');
  if (!api.deployments[deploymentId]) throw badRequest('Invalid deployment identifier specified');
  const stage: StageRecord = {
    stageName,
    deploymentId,
    description: optString(input, 'description'),
    createdMs: now,
    lastUpdatedMs: now,
    variables: checkVariables(stringMap(input, 'variables')),
    methodSettings: {},
    tracingEnabled: optBool(input, 'tracingEnabled') ?? false,
    cacheClusterEnabled: optBool(input, 'cacheClusterEnabled') ?? false,
    cacheClusterSize: optString(input, 'cacheClusterSize'),
    documentationVersion: optString(input, 'documentationVersion'),
    tags: readTags(input),
  };
  api.stages[stageName] = stage;
  return stage;
}

export function stageOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateStage: (input, ctx) => stageOut(createStage(requireApi(store, ctx, input.restApiId), ctx.clock.now(), input)),
    GetStage: (input, ctx) => stageOut(requireStage(requireApi(store, ctx, input.restApiId), input.stageName)),
    GetStages: (input, ctx) => {
      const deploymentId = optString(input, 'deploymentId');
      const stages = Object.values(requireApi(store, ctx, input.restApiId).stages).filter((stage) => !deploymentId || stage.deploymentId === deploymentId);
      return { item: stages.sort((a, b) => a.stageName.localeCompare(b.stageName)).map(stageOut) };
    },
    UpdateStage: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const stage = requireStage(api, input.stageName);
      const patched = patchStage(input, api, stage);
      patched.lastUpdatedMs = ctx.clock.now();
      api.stages[stage.stageName] = patched;
      return stageOut(patched);
    },
    DeleteStage: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const stage = requireStage(api, input.stageName);
      delete api.stages[stage.stageName];
      // A deleted stage leaves the usage plans that served it.
      for (const plan of Object.values(store.region(whereOf(ctx)).usagePlans))
        plan.apiStages = plan.apiStages.filter((entry) => !(entry.apiId === api.id && entry.stage === stage.stageName));
      return {};
    },
  };
}
