import type { OperationHandler } from '../../types';
import { badRequest, limitExceeded, notFound } from './errors';
import { newApiKeyValue, newId } from './ids';
import { optBool, optString, type Input } from './input';
import { whereOf } from './lookup';
import type { ApiKeyRecord, RegionRecords } from './model';
import { apiKeyOut } from './output';
import { paginate } from './pages';
import { applyPatch, patchBool, stringRule, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';
import { readTags } from './tag-rules';

/** API Gateway quotas: 10000 API keys per Region; a caller's own value needs 20..128 characters. */
const KEY_QUOTA = 10_000;
const MIN_VALUE = 20;
const MAX_VALUE = 128;

export function requireApiKey(region: RegionRecords, id: unknown): ApiKeyRecord {
  const key = typeof id === 'string' ? region.apiKeys[id] : undefined;
  if (!key) throw notFound('Invalid API Key identifier specified');
  return key;
}

function stageKeys(region: RegionRecords, input: Input): string[] {
  const list = Array.isArray(input.stageKeys) ? (input.stageKeys as { restApiId?: string; stageName?: string }[]) : [];
  return list.map(({ restApiId, stageName }) => {
    if (!restApiId || !stageName || !region.restApis[restApiId]?.stages[stageName]) throw badRequest('Invalid stage key specified');
    return `${restApiId}/${stageName}`;
  });
}

function apiKeyPatch(region: RegionRecords): PatchRule<ApiKeyRecord>[] {
  return [
    stringRule('/name', (key, value) => (key.name = value ?? '')),
    stringRule('/description', (key, value) => (key.description = value), true),
    stringRule('/customerId', (key, value) => (key.customerId = value), true),
    { path: '/enabled', ops: ['replace'], apply: (key, _op, value) => (key.enabled = patchBool(value)) },
    {
      path: '/stages',
      ops: ['add', 'remove'],
      apply: (key, op, value) => {
        const [apiId, stage] = (value ?? '').split('/');
        if (op === 'add' && !(apiId && stage && region.restApis[apiId]?.stages[stage])) throw badRequest('Invalid stage key specified');
        key.stageKeys = key.stageKeys.filter((existing) => existing !== value);
        if (op === 'add') key.stageKeys.push(value as string);
      },
    },
  ];
}

export function apiKeyOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateApiKey: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      if (Object.keys(region.apiKeys).length >= KEY_QUOTA) throw limitExceeded(`Cannot create more than ${KEY_QUOTA} API keys in this region`);
      const value = optString(input, 'value');
      if (value !== undefined && (value.length < MIN_VALUE || value.length > MAX_VALUE))
        throw badRequest(`API Key value should be at least ${MIN_VALUE} characters and at most ${MAX_VALUE}`);
      const now = ctx.clock.now();
      const key: ApiKeyRecord = {
        id: newId(10),
        name: optString(input, 'name') ?? '',
        value: value ?? newApiKeyValue(),
        description: optString(input, 'description'),
        // AWS creates keys disabled unless asked (API reference, CreateApiKey `enabled`, default false).
        enabled: optBool(input, 'enabled') ?? false,
        customerId: optString(input, 'customerId'),
        createdMs: now,
        lastUpdatedMs: now,
        stageKeys: stageKeys(region, input),
        tags: readTags(input),
      };
      region.apiKeys[key.id] = key;
      return apiKeyOut(key, true);
    },
    GetApiKey: (input, ctx) => apiKeyOut(requireApiKey(store.region(whereOf(ctx)), input.apiKey), optBool(input, 'includeValue') ?? false),
    GetApiKeys: (input, ctx) => {
      const nameQuery = optString(input, 'nameQuery');
      const customerId = optString(input, 'customerId');
      const keys = Object.values(store.region(whereOf(ctx)).apiKeys)
        .filter((key) => (!nameQuery || key.name.startsWith(nameQuery)) && (!customerId || key.customerId === customerId))
        .sort((a, b) => a.createdMs - b.createdMs);
      const page = paginate(input, keys);
      const includeValues = optBool(input, 'includeValues') ?? false;
      return { ...page, item: page.item.map((key) => apiKeyOut(key, includeValues)) };
    },
    UpdateApiKey: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const key = requireApiKey(region, input.apiKey);
      const patched = applyPatch(input, key, apiKeyPatch(region));
      patched.lastUpdatedMs = ctx.clock.now();
      region.apiKeys[key.id] = patched;
      return apiKeyOut(patched, false);
    },
    DeleteApiKey: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const key = requireApiKey(region, input.apiKey);
      delete region.apiKeys[key.id];
      for (const plan of Object.values(region.usagePlans)) plan.keyIds = plan.keyIds.filter((id) => id !== key.id);
      return {};
    },
  };
}
