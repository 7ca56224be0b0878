import {
  GetGatewayResponsesCommand,
  GetMethodCommand,
  GetModelsCommand,
  GetRequestValidatorsCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetStagesCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  type APIGatewayClient,
  type GatewayResponse,
  type Method,
  type Model,
  type RequestValidator,
  type UsagePlan,
} from '@aws-sdk/client-api-gateway';
import type { ApiDetail, ApiModelView, GatewayResponseView, UsagePlanView } from '../../../../shared/domain/apis';
import { apiSummary } from './api-summary';
import { optionalRead } from './apigateway-refusals';
import { stageInvokeUrl, type InvokeTarget } from './invoke-urls';
import { embeddedWhole, resourceViews } from './method-view';
import { allPages, PAGE_LIMIT } from './paged';
import { stageSettingsView } from './stage-settings';

export interface DetailDeps {
  client: APIGatewayClient;
  target: InvokeTarget;
  signal: AbortSignal;
}

function modelView(model: Model): ApiModelView {
  return {
    name: model.name ?? '',
    contentType: model.contentType ?? 'application/json',
    ...(model.schema ? { schema: model.schema } : {}),
    ...(model.description ? { description: model.description } : {}),
  };
}

function gatewayResponseView(response: GatewayResponse): GatewayResponseView {
  return {
    type: response.responseType ?? '',
    ...(response.statusCode ? { statusCode: response.statusCode } : {}),
    templates: { ...(response.responseTemplates ?? {}) },
    customized: response.defaultResponse === false,
  };
}

function usagePlanView(plan: UsagePlan, apiKeyIds: string[]): UsagePlanView {
  return {
    id: plan.id ?? '',
    name: plan.name ?? '',
    ...(plan.throttle ? { throttle: { ...(plan.throttle.rateLimit !== undefined ? { rateLimit: plan.throttle.rateLimit } : {}), ...(plan.throttle.burstLimit !== undefined ? { burstLimit: plan.throttle.burstLimit } : {}) } } : {}),
    ...(plan.quota?.limit !== undefined ? { quota: { limit: plan.quota.limit, period: plan.quota.period ?? 'DAY' } } : {}),
    stages: (plan.apiStages ?? []).map((s) => `${s.apiId ?? ''}/${s.stage ?? ''}`),
    apiKeyIds,
  };
}

/**
 * One API whole, every read at once: the API, its resources with methods embedded (GetMethod
 * only where an endpoint left a method out), validators, models, gateway responses, stages and
 * the usage plans covering it (with their keys' ids, never values). Validators, models, gateway
 * responses and usage plans degrade to a notice on an endpoint without those operations.
 */
export async function apiDetail(deps: DetailDeps, apiId: string): Promise<ApiDetail> {
  const { client, signal } = deps;
  const opts = { abortSignal: signal };
  const [api, resources, validators, models, gatewayResponses, stages, plans] = await Promise.all([
    client.send(new GetRestApiCommand({ restApiId: apiId }), opts),
    allPages((position) => client.send(new GetResourcesCommand({ restApiId: apiId, embed: ['methods'], limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts)),
    optionalRead('GetRequestValidators', 'request validators', () =>
      allPages((position) => client.send(new GetRequestValidatorsCommand({ restApiId: apiId, limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts)),
    ),
    optionalRead('GetModels', 'models', () => allPages((position) => client.send(new GetModelsCommand({ restApiId: apiId, limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts))),
    optionalRead('GetGatewayResponses', 'gateway responses', () =>
      allPages((position) => client.send(new GetGatewayResponsesCommand({ restApiId: apiId, limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts)),
    ),
    client.send(new GetStagesCommand({ restApiId: apiId }), opts),
    optionalRead('GetUsagePlans', 'usage plans', () => allPages((position) => client.send(new GetUsagePlansCommand({ limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts))),
  ]);

  const methods = new Map<string, Method>();
  await Promise.all(
    resources.flatMap((resource) =>
      Object.entries(resource.resourceMethods ?? {}).map(async ([verb, embedded]) => {
        const method = embeddedWhole(embedded) ? embedded : await client.send(new GetMethodCommand({ restApiId: apiId, resourceId: resource.id, httpMethod: verb }), opts);
        methods.set(`${resource.id ?? ''} ${verb}`, method);
      }),
    ),
  );
  const validatorsById = new Map<string, RequestValidator>((validators.ok ? validators.value : []).map((v) => [v.id ?? '', v]));
  const resourceList = resourceViews(resources, methods, validatorsById);

  const ours = plans.ok ? plans.value.filter((plan) => (plan.apiStages ?? []).some((s) => s.apiId === apiId)) : [];
  const usagePlans = await Promise.all(
    ours.map(async (plan) => {
      const keys = await allPages((position) => client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts));
      return usagePlanView(plan, keys.map((k) => k.id ?? '').filter(Boolean));
    }),
  );

  const stageList = stages.item ?? [];
  return {
    summary: apiSummary(deps.target, api, stageList),
    resources: resourceList,
    models: (models.ok ? models.value : []).map(modelView).sort((a, b) => a.name.localeCompare(b.name)),
    gatewayResponses: (gatewayResponses.ok ? gatewayResponses.value : []).map(gatewayResponseView).sort((a, b) => Number(b.customized) - Number(a.customized) || a.type.localeCompare(b.type)),
    stages: stageList.map((stage) => stageSettingsView(stage, stageInvokeUrl(deps.target, apiId, stage.stageName ?? ''), resourceList)).sort((a, b) => a.name.localeCompare(b.name)),
    usagePlans,
    ...(deps.target.endpoint ? { cliEndpointUrl: deps.target.endpoint } : {}),
    region: deps.target.region,
    notices: [validators, models, gatewayResponses, plans].flatMap((read) => (read.ok ? [] : [read.notice])),
  };
}
