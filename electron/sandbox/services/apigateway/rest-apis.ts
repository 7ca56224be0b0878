import type { OperationHandler } from '../../types';
import { defaultModels } from './api-models';
import { badRequest, limitExceeded } from './errors';
import { newId } from './ids';
import { optBool, optEnum, optInt, optStringList, optString, reqString, type Input } from './input';
import { requireApi, whereOf } from './lookup';
import type { RestApiRecord } from './model';
import { restApiOut } from './output';
import { paginate } from './pages';
import { applyPatch, patchBool, patchNumber, stringRule, unescapeSegment, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';
import { readTags } from './tag-rules';

const ENDPOINT_TYPES = ['EDGE', 'REGIONAL', 'PRIVATE'] as const;
const KEY_SOURCES = ['HEADER', 'AUTHORIZER'] as const;
/** API Gateway quotas: 600 regional and private APIs per Region, 120 edge-optimized. */
const API_QUOTA: Record<string, number> = { EDGE: 120, REGIONAL: 600, PRIVATE: 600 };
/** minimumCompressionSize: 0..10485760 bytes (API reference, CreateRestApi). */
const MAX_COMPRESSION = 10_485_760;

function compressionSize(value: number | undefined): number | undefined {
  if (value !== undefined && (value < 0 || value > MAX_COMPRESSION))
    throw badRequest(`Invalid minimumCompressionSize ${value}: must be between 0 and ${MAX_COMPRESSION}`);
  return value;
}

function endpointTypes(input: Input): string[] {
  const config = input.endpointConfiguration as { types?: unknown } | undefined;
  const types = config?.types === undefined ? ['EDGE'] : optStringList(config as Input, 'types') ?? ['EDGE'];
  if (types.length !== 1) throw badRequest('Only one endpoint type may be specified');
  for (const type of types) if (!(ENDPOINT_TYPES as readonly string[]).includes(type)) throw badRequest(`Invalid endpoint type: ${type}`);
  return types;
}

const REST_API_PATCH: PatchRule<RestApiRecord>[] = [
  stringRule('/name', (api, value) => {
    if (!value) throw badRequest('Name must not be empty');
    api.name = value;
  }),
  stringRule('/description', (api, value) => (api.description = value), true),
  stringRule('/version', (api, value) => (api.version = value), true),
  stringRule('/policy', (api, value) => (api.policy = value), true),
  stringRule('/apiKeySource', (api, value) => {
    if (value !== 'HEADER' && value !== 'AUTHORIZER') throw badRequest(`Invalid apiKeySource: ${value ?? 'null'}`);
    api.apiKeySource = value;
  }),
  {
    path: '/minimumCompressionSize',
    ops: ['replace'],
    // An empty value turns compression off again (API reference, UpdateRestApi).
    apply: (api, _op, value) => (api.minimumCompressionSize = value ? compressionSize(patchNumber(value, 'minimumCompressionSize')) : undefined),
  },
  { path: '/disableExecuteApiEndpoint', ops: ['replace'], apply: (api, _op, value) => (api.disableExecuteApiEndpoint = patchBool(value)) },
  {
    path: '/binaryMediaTypes/{}',
    ops: ['add', 'remove'],
    apply: (api, op, _value, [key]) => {
      const type = unescapeSegment(key as string);
      api.binaryMediaTypes = api.binaryMediaTypes.filter((existing) => existing !== type);
      if (op === 'add') api.binaryMediaTypes.push(type);
    },
  },
  {
    path: '/endpointConfiguration/types/{}',
    ops: ['replace'],
    apply: (api, _op, value, [key]) => {
      if (!api.endpointConfiguration.types.includes(key as string)) throw badRequest(`Invalid endpoint type to replace: ${key}`);
      if (!value || !(ENDPOINT_TYPES as readonly string[]).includes(value)) throw badRequest(`Invalid endpoint type: ${value ?? 'null'}`);
      api.endpointConfiguration.types = [value];
    },
  },
];

export function restApiOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateRestApi: (input, ctx) => {
      const name = reqString(input, 'name');
      const types = endpointTypes(input);
      const region = store.region(whereOf(ctx));
      const type = types[0] as string;
      const sameType = Object.values(region.restApis).filter((api) => api.endpointConfiguration.types[0] === type).length;
      if (sameType >= (API_QUOTA[type] ?? 600)) throw limitExceeded(`Cannot create more than ${API_QUOTA[type]} ${type} APIs in this region`);
      const id = newId(10);
      const rootId = newId(10);
      const now = ctx.clock.now();
      const api: RestApiRecord = {
        id,
        name,
        description: optString(input, 'description'),
        version: optString(input, 'version'),
        createdMs: now,
        apiKeySource: optEnum(input, 'apiKeySource', KEY_SOURCES) ?? 'HEADER',
        endpointConfiguration: { types, ...(optStringList((input.endpointConfiguration ?? {}) as Input, 'vpcEndpointIds') ? { vpcEndpointIds: optStringList(input.endpointConfiguration as Input, 'vpcEndpointIds') } : {}) },
        binaryMediaTypes: optStringList(input, 'binaryMediaTypes') ?? [],
        minimumCompressionSize: compressionSize(optInt(input, 'minimumCompressionSize')),
        disableExecuteApiEndpoint: optBool(input, 'disableExecuteApiEndpoint') ?? false,
        policy: optString(input, 'policy'),
        rootResourceId: rootId,
        tags: readTags(input),
        resources: { [rootId]: { id: rootId, path: '/', resourceMethods: {} } },
        models: defaultModels(() => newId(6)),
        requestValidators: {},
        gatewayResponses: {},
        deployments: {},
        stages: {},
      };
      region.restApis[id] = api;
      return restApiOut(api);
    },
    GetRestApi: (input, ctx) => restApiOut(requireApi(store, ctx, input.restApiId)),
    GetRestApis: (input, ctx) => {
      const apis = Object.values(store.region(whereOf(ctx)).restApis).sort((a, b) => a.createdMs - b.createdMs);
      const page = paginate(input, apis);
      return { ...page, item: page.item.map(restApiOut) };
    },
    UpdateRestApi: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const patched = applyPatch(input, api, REST_API_PATCH);
      store.region(whereOf(ctx)).restApis[api.id] = patched;
      return restApiOut(patched);
    },
    DeleteRestApi: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const region = store.region(whereOf(ctx));
      delete region.restApis[api.id];
      // The deleted API's stages leave every usage plan that served them.
      for (const plan of Object.values(region.usagePlans)) plan.apiStages = plan.apiStages.filter((stage) => stage.apiId !== api.id);
      return {};
    },
  };
}
