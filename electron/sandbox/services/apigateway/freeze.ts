import type { DeployedApi, RestApiRecord } from './model';

/** What a deployment freezes: later edits to the API reach a stage only when it is deployed again. */
export function freezeApi(api: RestApiRecord): DeployedApi {
  return structuredClone({
    restApiId: api.id,
    name: api.name,
    apiKeySource: api.apiKeySource,
    binaryMediaTypes: api.binaryMediaTypes,
    disableExecuteApiEndpoint: api.disableExecuteApiEndpoint,
    resources: api.resources,
    models: api.models,
    requestValidators: api.requestValidators,
    gatewayResponses: api.gatewayResponses,
  });
}
