import type { RestRoute } from '../../types';

/**
 * API Gateway's HTTP bindings (the SDK's restJson1 traits, @aws-sdk/client-api-gateway). The
 * method label is `resourceHttpMethod`, not `httpMethod`: PutIntegration's body has an `httpMethod`
 * of its own (the backend's), and path labels would overwrite it.
 */
const API = '/restapis/{restApiId}';
const METHOD = `${API}/resources/{resourceId}/methods/{resourceHttpMethod}`;
const PAGE = { position: 'position', limit: 'limit' };

/**
 * The data plane serves `/restapis/<id>/<stage>/_user_request_/<path>` on the same port: no
 * control-plane label in the fourth segment may be `_user_request_`, so a stage named like one of
 * these collections (`stages`, `resources` ...) never turns an invoke URL into a control-plane call.
 */
export const INVOKE_SEGMENT = '_user_request_';
const NOT_INVOKE = `(?!${INVOKE_SEGMENT}(?:/|$))[^/]+`;

const ROUTES: RestRoute[] = [
  { operation: 'CreateRestApi', method: 'POST', path: '/restapis', status: 201 },
  { operation: 'GetRestApis', method: 'GET', path: '/restapis', query: PAGE },
  { operation: 'GetRestApi', method: 'GET', path: API },
  { operation: 'UpdateRestApi', method: 'PATCH', path: API },
  { operation: 'DeleteRestApi', method: 'DELETE', path: API, status: 202 },

  { operation: 'GetResources', method: 'GET', path: `${API}/resources`, query: { ...PAGE, embed: 'embed' } },
  { operation: 'CreateResource', method: 'POST', path: `${API}/resources/{parentId}`, status: 201 },
  { operation: 'GetResource', method: 'GET', path: `${API}/resources/{resourceId}`, query: { embed: 'embed' } },
  { operation: 'UpdateResource', method: 'PATCH', path: `${API}/resources/{resourceId}` },
  { operation: 'DeleteResource', method: 'DELETE', path: `${API}/resources/{resourceId}`, status: 202 },

  { operation: 'PutMethod', method: 'PUT', path: METHOD, status: 201 },
  { operation: 'GetMethod', method: 'GET', path: METHOD },
  { operation: 'UpdateMethod', method: 'PATCH', path: METHOD },
  { operation: 'DeleteMethod', method: 'DELETE', path: METHOD, status: 204 },
  { operation: 'TestInvokeMethod', method: 'POST', path: METHOD },
  { operation: 'PutMethodResponse', method: 'PUT', path: `${METHOD}/responses/{statusCode}`, status: 201 },
  { operation: 'GetMethodResponse', method: 'GET', path: `${METHOD}/responses/{statusCode}` },
  { operation: 'UpdateMethodResponse', method: 'PATCH', path: `${METHOD}/responses/{statusCode}`, status: 201 },
  { operation: 'DeleteMethodResponse', method: 'DELETE', path: `${METHOD}/responses/{statusCode}`, status: 204 },

  { operation: 'PutIntegration', method: 'PUT', path: `${METHOD}/integration`, status: 201 },
  { operation: 'GetIntegration', method: 'GET', path: `${METHOD}/integration` },
  { operation: 'UpdateIntegration', method: 'PATCH', path: `${METHOD}/integration` },
  { operation: 'DeleteIntegration', method: 'DELETE', path: `${METHOD}/integration`, status: 204 },
  { operation: 'PutIntegrationResponse', method: 'PUT', path: `${METHOD}/integration/responses/{statusCode}`, status: 201 },
  { operation: 'GetIntegrationResponse', method: 'GET', path: `${METHOD}/integration/responses/{statusCode}` },
  { operation: 'UpdateIntegrationResponse', method: 'PATCH', path: `${METHOD}/integration/responses/{statusCode}` },
  { operation: 'DeleteIntegrationResponse', method: 'DELETE', path: `${METHOD}/integration/responses/{statusCode}`, status: 204 },

  { operation: 'CreateRequestValidator', method: 'POST', path: `${API}/requestvalidators`, status: 201 },
  { operation: 'GetRequestValidators', method: 'GET', path: `${API}/requestvalidators`, query: PAGE },
  { operation: 'GetRequestValidator', method: 'GET', path: `${API}/requestvalidators/{requestValidatorId}` },
  { operation: 'UpdateRequestValidator', method: 'PATCH', path: `${API}/requestvalidators/{requestValidatorId}` },
  { operation: 'DeleteRequestValidator', method: 'DELETE', path: `${API}/requestvalidators/{requestValidatorId}`, status: 202 },

  { operation: 'CreateModel', method: 'POST', path: `${API}/models`, status: 201 },
  { operation: 'GetModels', method: 'GET', path: `${API}/models`, query: PAGE },
  { operation: 'GetModel', method: 'GET', path: `${API}/models/{modelName}`, query: { flatten: 'flatten' } },
  { operation: 'UpdateModel', method: 'PATCH', path: `${API}/models/{modelName}` },
  { operation: 'DeleteModel', method: 'DELETE', path: `${API}/models/{modelName}`, status: 202 },

  { operation: 'GetGatewayResponses', method: 'GET', path: `${API}/gatewayresponses`, query: PAGE },
  { operation: 'PutGatewayResponse', method: 'PUT', path: `${API}/gatewayresponses/{responseType}`, status: 201 },
  { operation: 'GetGatewayResponse', method: 'GET', path: `${API}/gatewayresponses/{responseType}` },
  { operation: 'UpdateGatewayResponse', method: 'PATCH', path: `${API}/gatewayresponses/{responseType}` },
  { operation: 'DeleteGatewayResponse', method: 'DELETE', path: `${API}/gatewayresponses/{responseType}`, status: 202 },

  { operation: 'CreateDeployment', method: 'POST', path: `${API}/deployments`, status: 201 },
  { operation: 'GetDeployments', method: 'GET', path: `${API}/deployments`, query: PAGE },
  { operation: 'GetDeployment', method: 'GET', path: `${API}/deployments/{deploymentId}`, query: { embed: 'embed' } },
  { operation: 'UpdateDeployment', method: 'PATCH', path: `${API}/deployments/{deploymentId}` },
  { operation: 'DeleteDeployment', method: 'DELETE', path: `${API}/deployments/{deploymentId}`, status: 202 },

  { operation: 'CreateStage', method: 'POST', path: `${API}/stages`, status: 201 },
  { operation: 'GetStages', method: 'GET', path: `${API}/stages`, query: { deploymentId: 'deploymentId' } },
  { operation: 'GetStage', method: 'GET', path: `${API}/stages/{stageName}` },
  { operation: 'UpdateStage', method: 'PATCH', path: `${API}/stages/{stageName}` },
  { operation: 'DeleteStage', method: 'DELETE', path: `${API}/stages/{stageName}`, status: 202 },

  { operation: 'CreateApiKey', method: 'POST', path: '/apikeys', status: 201 },
  {
    operation: 'GetApiKeys',
    method: 'GET',
    path: '/apikeys',
    query: { ...PAGE, nameQuery: 'name', customerId: 'customerId', includeValues: 'includeValues' },
  },
  { operation: 'GetApiKey', method: 'GET', path: '/apikeys/{apiKey}', query: { includeValue: 'includeValue' } },
  { operation: 'UpdateApiKey', method: 'PATCH', path: '/apikeys/{apiKey}' },
  { operation: 'DeleteApiKey', method: 'DELETE', path: '/apikeys/{apiKey}', status: 202 },

  { operation: 'CreateUsagePlan', method: 'POST', path: '/usageplans', status: 201 },
  { operation: 'GetUsagePlans', method: 'GET', path: '/usageplans', query: { ...PAGE, keyId: 'keyId' } },
  { operation: 'GetUsagePlan', method: 'GET', path: '/usageplans/{usagePlanId}' },
  { operation: 'UpdateUsagePlan', method: 'PATCH', path: '/usageplans/{usagePlanId}' },
  { operation: 'DeleteUsagePlan', method: 'DELETE', path: '/usageplans/{usagePlanId}', status: 202 },
  { operation: 'CreateUsagePlanKey', method: 'POST', path: '/usageplans/{usagePlanId}/keys', status: 201 },
  { operation: 'GetUsagePlanKeys', method: 'GET', path: '/usageplans/{usagePlanId}/keys', query: { ...PAGE, nameQuery: 'name' } },
  { operation: 'GetUsagePlanKey', method: 'GET', path: '/usageplans/{usagePlanId}/keys/{keyId}' },
  { operation: 'DeleteUsagePlanKey', method: 'DELETE', path: '/usageplans/{usagePlanId}/keys/{keyId}', status: 202 },

  { operation: 'GetTags', method: 'GET', path: '/tags/{resourceArn}', query: PAGE },
  { operation: 'TagResource', method: 'PUT', path: '/tags/{resourceArn}', status: 204 },
  { operation: 'UntagResource', method: 'DELETE', path: '/tags/{resourceArn}', query: { tagKeys: 'tagKeys' }, status: 204 },
];

/** Every label that can sit in the fourth segment of a `/restapis/…` path refuses `_user_request_`. */
export const APIGATEWAY_ROUTES: RestRoute[] = ROUTES.map((route) => {
  const fourth = route.path.split('/')[4];
  const label = fourth ? /^\{(\w+)\}$/.exec(fourth)?.[1] : undefined;
  return route.path.startsWith('/restapis/') && label ? { ...route, labelPatterns: { [label]: NOT_INVOKE } } : route;
});
