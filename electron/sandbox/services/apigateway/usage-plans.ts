import type { OperationHandler } from '../../types';
import { requireApiKey } from './api-keys';
import { badRequest, conflict, notFound } from './errors';
import { newId } from './ids';
import { optString, reqString, type Input } from './input';
import { whereOf } from './lookup';
import type { QuotaRecord, RegionRecords, ThrottleRecord, UsagePlanApiStage, UsagePlanRecord } from './model';
import { usagePlanOut } from './output';
import { paginate } from './pages';
import { applyPatch, patchNumber, stringRule, type PatchRule } from './patch';
import type { ApiGatewayStore } from './store';
import { readTags } from './tag-rules';

const PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
/** Quota offsets by period (API reference, QuotaSettings: WEEK 0..6, MONTH 0..27, DAY 0). */
const MAX_OFFSET: Record<string, number> = { DAY: 0, WEEK: 6, MONTH: 27 };

export function requireUsagePlan(region: RegionRecords, id: unknown): UsagePlanRecord {
  const plan = typeof id === 'string' ? region.usagePlans[id] : undefined;
  if (!plan) throw notFound('Invalid Usage Plan ID specified');
  return plan;
}

function checkApiStage(region: RegionRecords, apiId: string | undefined, stage: string | undefined): void {
  if (!apiId || !stage || !region.restApis[apiId]?.stages[stage]) throw badRequest(`Invalid API Stage {api: ${apiId ?? ''}, stage: ${stage ?? ''}} specified`);
}

function throttle(value: unknown): ThrottleRecord | undefined {
  if (value === undefined || value === null) return undefined;
  const { burstLimit, rateLimit } = value as ThrottleRecord;
  if ((burstLimit !== undefined && burstLimit < 0) || (rateLimit !== undefined && rateLimit < 0)) throw badRequest('Throttle limits must not be negative');
  return { ...(burstLimit !== undefined ? { burstLimit } : {}), ...(rateLimit !== undefined ? { rateLimit } : {}) };
}

function checkQuota(quota: QuotaRecord): QuotaRecord {
  if (!(PERIODS as readonly string[]).includes(quota.period)) throw badRequest(`Invalid quota period: ${String(quota.period)}`);
  if (!(quota.limit > 0)) throw badRequest('Quota limit must be greater than 0');
  if (quota.offset < 0 || quota.offset > (MAX_OFFSET[quota.period] ?? 0)) throw badRequest(`Invalid quota offset ${quota.offset} for period ${quota.period}`);
  return quota;
}

function quota(value: unknown): QuotaRecord | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = value as Partial<QuotaRecord>;
  return checkQuota({ limit: raw.limit ?? 0, offset: raw.offset ?? 0, period: raw.period as QuotaRecord['period'] });
}

function apiStages(region: RegionRecords, input: Input): UsagePlanApiStage[] {
  const list = Array.isArray(input.apiStages) ? (input.apiStages as UsagePlanApiStage[]) : [];
  return list.map((entry) => {
    checkApiStage(region, entry.apiId, entry.stage);
    return { apiId: entry.apiId, stage: entry.stage, ...(entry.throttle ? { throttle: entry.throttle } : {}) };
  });
}

function planPatch(region: RegionRecords): PatchRule<UsagePlanRecord>[] {
  const number = (what: string) => (value: string | undefined) => patchNumber(value, what);
  return [
    stringRule('/name', (plan, value) => (plan.name = value ?? '')),
    stringRule('/description', (plan, value) => (plan.description = value), true),
    stringRule('/productCode', (plan, value) => (plan.productCode = value), true),
    { path: '/throttle/rateLimit', ops: ['replace'], apply: (plan, _op, value) => (plan.throttle = throttle({ ...plan.throttle, rateLimit: number('rateLimit')(value) })) },
    { path: '/throttle/burstLimit', ops: ['replace'], apply: (plan, _op, value) => (plan.throttle = throttle({ ...plan.throttle, burstLimit: number('burstLimit')(value) })) },
    { path: '/throttle', ops: ['remove'], apply: (plan) => delete plan.throttle },
    { path: '/quota/limit', ops: ['replace'], apply: (plan, _op, value) => (plan.quota = checkQuota({ offset: 0, period: 'DAY', ...plan.quota, limit: number('limit')(value) })) },
    { path: '/quota/offset', ops: ['replace'], apply: (plan, _op, value) => (plan.quota = checkQuota({ limit: 0, period: 'DAY', ...plan.quota, offset: number('offset')(value) })) },
    {
      path: '/quota/period',
      ops: ['replace'],
      apply: (plan, _op, value) => (plan.quota = checkQuota({ limit: 0, offset: 0, ...plan.quota, period: value as QuotaRecord['period'] })),
    },
    { path: '/quota', ops: ['remove'], apply: (plan) => delete plan.quota },
    {
      // `value` is `apiId:stage` (API reference, UpdateUsagePlan).
      path: '/apiStages',
      ops: ['add', 'remove'],
      apply: (plan, op, value) => {
        const [apiId, stage] = (value ?? '').split(':');
        const present = plan.apiStages.some((entry) => entry.apiId === apiId && entry.stage === stage);
        if (op === 'add') {
          checkApiStage(region, apiId, stage);
          if (!present) plan.apiStages.push({ apiId: apiId as string, stage: stage as string });
        } else {
          if (!present) throw notFound(`Invalid API Stage {api: ${apiId ?? ''}, stage: ${stage ?? ''}} specified for usageplan ${plan.id}`);
          plan.apiStages = plan.apiStages.filter((entry) => !(entry.apiId === apiId && entry.stage === stage));
        }
      },
    },
  ];
}

function planKeyOut(region: RegionRecords, keyId: string) {
  const key = region.apiKeys[keyId];
  return { id: keyId, type: 'API_KEY', value: key?.value, name: key?.name };
}

export function usagePlanOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateUsagePlan: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const plan: UsagePlanRecord = {
        id: newId(6),
        name: reqString(input, 'name'),
        description: optString(input, 'description'),
        apiStages: apiStages(region, input),
        throttle: throttle(input.throttle),
        quota: quota(input.quota),
        productCode: optString(input, 'productCode'),
        tags: readTags(input),
        keyIds: [],
      };
      region.usagePlans[plan.id] = plan;
      return usagePlanOut(plan);
    },
    GetUsagePlan: (input, ctx) => usagePlanOut(requireUsagePlan(store.region(whereOf(ctx)), input.usagePlanId)),
    GetUsagePlans: (input, ctx) => {
      const keyId = optString(input, 'keyId');
      const plans = Object.values(store.region(whereOf(ctx)).usagePlans).filter((plan) => !keyId || plan.keyIds.includes(keyId));
      const page = paginate(input, plans);
      return { ...page, item: page.item.map(usagePlanOut) };
    },
    UpdateUsagePlan: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const plan = requireUsagePlan(region, input.usagePlanId);
      region.usagePlans[plan.id] = applyPatch(input, plan, planPatch(region));
      return usagePlanOut(region.usagePlans[plan.id] as UsagePlanRecord);
    },
    DeleteUsagePlan: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      delete region.usagePlans[requireUsagePlan(region, input.usagePlanId).id];
      return {};
    },
    CreateUsagePlanKey: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const plan = requireUsagePlan(region, input.usagePlanId);
      if (optString(input, 'keyType') !== 'API_KEY') throw badRequest('Invalid key type specified. Valid options are API_KEY');
      const key = requireApiKey(region, input.keyId);
      if (plan.keyIds.includes(key.id)) throw conflict(`Usage Plan ${plan.id} already contains API Key ${key.id}`);
      // One key may not reach the same stage through two plans (AWS's ConflictException).
      for (const other of Object.values(region.usagePlans)) {
        if (other.id === plan.id || !other.keyIds.includes(key.id)) continue;
        const shared = other.apiStages.find((entry) => plan.apiStages.some((mine) => mine.apiId === entry.apiId && mine.stage === entry.stage));
        if (shared)
          throw conflict(`Usage Plan ${plan.id} cannot be added because API Key ${key.id} cannot reference multiple Usage Plans with the same API Stage: ${shared.apiId}:${shared.stage}`);
      }
      plan.keyIds.push(key.id);
      return planKeyOut(region, key.id);
    },
    GetUsagePlanKey: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const plan = requireUsagePlan(region, input.usagePlanId);
      if (typeof input.keyId !== 'string' || !plan.keyIds.includes(input.keyId)) throw notFound('Invalid Usage Plan Key identifier specified');
      return planKeyOut(region, input.keyId);
    },
    GetUsagePlanKeys: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const plan = requireUsagePlan(region, input.usagePlanId);
      const nameQuery = optString(input, 'nameQuery');
      const keys = plan.keyIds.map((id) => planKeyOut(region, id)).filter((key) => !nameQuery || (key.name ?? '').startsWith(nameQuery));
      return paginate(input, keys);
    },
    DeleteUsagePlanKey: (input, ctx) => {
      const region = store.region(whereOf(ctx));
      const plan = requireUsagePlan(region, input.usagePlanId);
      if (typeof input.keyId !== 'string' || !plan.keyIds.includes(input.keyId)) throw notFound('Invalid Usage Plan Key identifier specified');
      plan.keyIds = plan.keyIds.filter((id) => id !== input.keyId);
      return {};
    },
  };
}
