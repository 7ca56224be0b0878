import type { Where } from '../../types';
import { defaultModels } from './api-models';
import { freezeApi } from './freeze';
import { stableId } from './ids';
import type { DeploymentRecord, MethodRecord, RestApiRecord, StageRecord } from './model';
import { defaultMethodSetting } from './stage-patch';

const DAY_MS = 86_400_000;
const TAGS = { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' };

/** The payload churn-prod takes, `{"instances": [[number, ...], ...]}`, as a draft-4 schema. */
const CHURN_PAYLOAD_SCHEMA = {
  $schema: 'http://json-schema.org/draft-04/schema#',
  title: 'ChurnPayload',
  type: 'object',
  required: ['instances'],
  properties: {
    instances: {
      type: 'array',
      minItems: 1,
      items: { type: 'array', minItems: 1, items: { type: 'number' } },
    },
  },
};

/** AWS's JSON example of an access log format ("Set up CloudWatch logging", developer guide). */
const ACCESS_LOG_FORMAT =
  '{ "requestId":"$context.requestId", "ip": "$context.identity.sourceIp", "caller":"$context.identity.caller", "user":"$context.identity.user", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod", "resourcePath":"$context.resourcePath", "status":"$context.status", "protocol":"$context.protocol", "responseLength":"$context.responseLength" }';

function predictMethod(where: Where, resourceId: string, validatorId: string): MethodRecord {
  return {
    httpMethod: 'POST',
    authorizationType: 'AWS_IAM',
    apiKeyRequired: false,
    requestValidatorId: validatorId,
    requestParameters: {},
    requestModels: { 'application/json': 'ChurnPayload' },
    methodResponses: {
      '200': { statusCode: '200', responseParameters: {}, responseModels: { 'application/json': 'Empty' } },
      '400': { statusCode: '400', responseParameters: {}, responseModels: { 'application/json': 'Error' } },
      '502': { statusCode: '502', responseParameters: {}, responseModels: { 'application/json': 'Error' } },
    },
    integration: {
      type: 'AWS',
      httpMethod: 'POST',
      uri: `arn:aws:apigateway:${where.region}:runtime.sagemaker:path//endpoints/churn-prod/invocations`,
      connectionType: 'INTERNET',
      credentials: `arn:aws:iam::${where.accountId}:role/churn-api-invoke`,
      requestParameters: {},
      requestTemplates: { 'application/json': "$input.json('$')" },
      passthroughBehavior: 'WHEN_NO_MATCH',
      timeoutInMillis: 29_000,
      cacheNamespace: resourceId,
      cacheKeyParameters: [],
      integrationResponses: {
        '200': { statusCode: '200', responseParameters: {}, responseTemplates: {} },
        '400': {
          statusCode: '400',
          selectionPattern: '4\\d{2}',
          responseParameters: {},
          responseTemplates: { 'application/json': '{"message": $input.json(\'$.message\')}' },
        },
        '502': { statusCode: '502', selectionPattern: '5\\d{2}', responseParameters: {}, responseTemplates: {} },
      },
    },
  };
}

/**
 * The demo's `churn-api` (shared facts of issue 14): POST /predict with IAM auth, the body validated
 * against ChurnPayload, an AWS integration to churn-prod's InvokeEndpoint, deployed to `prod`.
 * Ids are derived from the account and region, so they repeat on every run.
 */
export function demoChurnApi(where: Where, now: number): RestApiRecord {
  const seed = (what: string, length: 6 | 10) => stableId(`${where.accountId}/${where.region}/churn-api/${what}`, length);
  const id = seed('api', 10);
  const rootId = seed('root', 10);
  const predictId = seed('predict', 6);
  const validatorId = seed('validate-body', 6);
  const created = now - 7 * DAY_MS;
  const predict = predictMethod(where, predictId, validatorId);
  const api: RestApiRecord = {
    id,
    name: 'churn-api',
    description: 'Churn scoring API in front of churn-prod',
    createdMs: created,
    apiKeySource: 'HEADER',
    endpointConfiguration: { types: ['EDGE'] },
    binaryMediaTypes: [],
    disableExecuteApiEndpoint: false,
    rootResourceId: rootId,
    tags: { ...TAGS },
    resources: {
      [rootId]: { id: rootId, path: '/', resourceMethods: {} },
      [predictId]: { id: predictId, parentId: rootId, pathPart: 'predict', path: '/predict', resourceMethods: { POST: predict } },
    },
    models: {
      ...defaultModels((name) => seed(`model/${name}`, 6)),
      ChurnPayload: { id: seed('model/ChurnPayload', 6), name: 'ChurnPayload', contentType: 'application/json', schema: JSON.stringify(CHURN_PAYLOAD_SCHEMA, null, 2) },
    },
    requestValidators: { [validatorId]: { id: validatorId, name: 'validate-body', validateRequestBody: true, validateRequestParameters: false } },
    gatewayResponses: {
      BAD_REQUEST_BODY: {
        responseType: 'BAD_REQUEST_BODY',
        responseParameters: {},
        responseTemplates: { 'application/json': '{"message": "$context.error.validationErrorString"}' },
      },
    },
    deployments: {},
    stages: {},
  };
  const deployment: DeploymentRecord = {
    id: seed('deployment', 6),
    description: 'Initial deployment of POST /predict',
    createdMs: created + 3_600_000,
    api: freezeApi(api),
  };
  const stage: StageRecord = {
    stageName: 'prod',
    deploymentId: deployment.id,
    description: 'Production',
    createdMs: deployment.createdMs,
    lastUpdatedMs: deployment.createdMs,
    variables: { endpointName: 'churn-prod' },
    methodSettings: {
      '*/*': { ...defaultMethodSetting(), metricsEnabled: true, loggingLevel: 'INFO', dataTraceEnabled: false, throttlingRateLimit: 100, throttlingBurstLimit: 50 },
    },
    accessLogSettings: { destinationArn: `arn:aws:logs:${where.region}:${where.accountId}:log-group:/aws/apigateway/churn-api-access`, format: ACCESS_LOG_FORMAT },
    tracingEnabled: false,
    cacheClusterEnabled: false,
    tags: { ...TAGS },
  };
  api.deployments[deployment.id] = deployment;
  api.stages.prod = stage;
  return api;
}
