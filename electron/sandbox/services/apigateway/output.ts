import { compact } from './input';
import type {
  ApiKeyRecord,
  DeploymentRecord,
  GatewayResponseRecord,
  IntegrationRecord,
  IntegrationResponseRecord,
  MethodRecord,
  MethodResponseRecord,
  ModelRecord,
  RequestValidatorRecord,
  ResourceRecord,
  RestApiRecord,
  StageRecord,
  UsagePlanRecord,
} from './model';

/** Records as API Gateway's answers shape them (empty maps and lists left out, as AWS does). */

export function restApiOut(api: RestApiRecord) {
  return compact({
    id: api.id,
    name: api.name,
    description: api.description,
    createdDate: new Date(api.createdMs),
    version: api.version,
    binaryMediaTypes: api.binaryMediaTypes,
    minimumCompressionSize: api.minimumCompressionSize,
    apiKeySource: api.apiKeySource,
    endpointConfiguration: api.endpointConfiguration,
    policy: api.policy,
    tags: api.tags,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    rootResourceId: api.rootResourceId,
  });
}

export function integrationResponseOut(response: IntegrationResponseRecord) {
  return compact({ ...response });
}

export function integrationOut(integration: IntegrationRecord) {
  return compact({
    ...integration,
    integrationResponses: Object.fromEntries(
      Object.entries(integration.integrationResponses).map(([code, response]) => [code, integrationResponseOut(response)]),
    ),
  });
}

export function methodResponseOut(response: MethodResponseRecord) {
  return compact({ ...response });
}

export function methodOut(method: MethodRecord) {
  const { methodResponses, integration, ...rest } = method;
  return compact({
    ...rest,
    methodResponses: Object.fromEntries(Object.entries(methodResponses).map(([code, response]) => [code, methodResponseOut(response)])),
    methodIntegration: integration ? integrationOut(integration) : undefined,
  });
}

/** `embed=methods` shows each method whole; otherwise AWS lists the methods as empty objects. */
export function resourceOut(resource: ResourceRecord, embedMethods: boolean) {
  const methods = Object.entries(resource.resourceMethods).map(([verb, method]) => [verb, embedMethods ? methodOut(method) : {}]);
  return compact({
    id: resource.id,
    parentId: resource.parentId,
    pathPart: resource.pathPart,
    path: resource.path,
    resourceMethods: Object.fromEntries(methods),
  });
}

export const validatorOut = (validator: RequestValidatorRecord) => ({ ...validator });

export const modelOut = (model: ModelRecord) => compact({ ...model });

export function gatewayResponseOut(response: GatewayResponseRecord, defaultResponse: boolean) {
  return compact({ ...response, defaultResponse });
}

/** `embed=apisummary` adds what each method was at deployment time (authorization, API key). */
export function deploymentOut(deployment: DeploymentRecord, embedSummary = false) {
  const summary: Record<string, Record<string, { authorizationType: string; apiKeyRequired: boolean }>> = {};
  if (embedSummary)
    for (const resource of Object.values(deployment.api.resources))
      for (const [verb, method] of Object.entries(resource.resourceMethods))
        (summary[resource.path] ??= {})[verb] = { authorizationType: method.authorizationType, apiKeyRequired: method.apiKeyRequired };
  return compact({ id: deployment.id, description: deployment.description, createdDate: new Date(deployment.createdMs), apiSummary: summary });
}

export function stageOut(stage: StageRecord) {
  return compact({
    deploymentId: stage.deploymentId,
    clientCertificateId: stage.clientCertificateId,
    stageName: stage.stageName,
    description: stage.description,
    cacheClusterEnabled: stage.cacheClusterEnabled,
    cacheClusterSize: stage.cacheClusterSize,
    cacheClusterStatus: stage.cacheClusterEnabled ? 'AVAILABLE' : 'NOT_AVAILABLE',
    methodSettings: stage.methodSettings,
    variables: stage.variables,
    documentationVersion: stage.documentationVersion,
    accessLogSettings: stage.accessLogSettings,
    tracingEnabled: stage.tracingEnabled,
    tags: stage.tags,
    createdDate: new Date(stage.createdMs),
    lastUpdatedDate: new Date(stage.lastUpdatedMs),
  });
}

/** The key's value only when asked for (`includeValue`), as AWS hides it otherwise. */
export function apiKeyOut(key: ApiKeyRecord, includeValue: boolean) {
  return compact({
    id: key.id,
    value: includeValue ? key.value : undefined,
    name: key.name,
    customerId: key.customerId,
    description: key.description,
    enabled: key.enabled,
    createdDate: new Date(key.createdMs),
    lastUpdatedDate: new Date(key.lastUpdatedMs),
    stageKeys: key.stageKeys,
    tags: key.tags,
  });
}

export function usagePlanOut(plan: UsagePlanRecord) {
  return compact({
    id: plan.id,
    name: plan.name,
    description: plan.description,
    apiStages: plan.apiStages.map((stage) => compact({ ...stage })),
    throttle: plan.throttle,
    quota: plan.quota,
    productCode: plan.productCode,
    tags: plan.tags,
  });
}
