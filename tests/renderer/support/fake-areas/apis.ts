import type { apisRequests, apisStreams } from '../../../../shared/contract/apis';
import type { ApiDetail, ApiSummary, ExposedApi } from '../../../../shared/domain/apis';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

const ACCOUNT = '123456789012';
export const CHURN_API_ID = 'a1b2c3d4e5';
const invokeUrl = (apiId: string, stage: string) => `https://${apiId}.execute-api.us-east-1.amazonaws.com/${stage}`;

const CHURN_SCHEMA = JSON.stringify(
  {
    $schema: 'http://json-schema.org/draft-04/schema#',
    type: 'object',
    required: ['instances'],
    properties: { instances: { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, items: { type: 'number' } } } },
  },
  null,
  2,
);

/** The demo's churn-api: POST /predict with IAM auth, validated body, AWS integration to churn-prod, stage prod. */
export function churnApiSummary(overrides: Partial<ApiSummary> = {}): ApiSummary {
  return {
    id: CHURN_API_ID,
    name: 'churn-api',
    description: 'Churn scoring API in front of churn-prod',
    createdAt: '2026-11-20T10:00:00.000Z',
    endpointType: 'REGIONAL',
    stages: [{ name: 'prod', deploymentId: 'dep001', invokeUrl: invokeUrl(CHURN_API_ID, 'prod'), lastUpdatedAt: '2026-11-20T10:05:00.000Z' }],
    tags: { team: 'mlops', 'sagedeck:endpoint': 'churn-prod' },
    servesEndpoints: ['churn-prod'],
    ...overrides,
  };
}

export function churnApiDetail(summary: ApiSummary = churnApiSummary()): ApiDetail {
  return {
    summary,
    resources: [
      { id: 'root00', path: '/', methods: [] },
      {
        id: 'pred01',
        parentId: 'root00',
        path: '/predict',
        pathPart: 'predict',
        methods: [
          {
            httpMethod: 'POST',
            authorizationType: 'AWS_IAM',
            apiKeyRequired: false,
            validator: { id: 'val001', name: 'validate-body', validatesBody: true, validatesParameters: false },
            requestModels: { 'application/json': 'ChurnPayload' },
            requestParameters: {},
            methodResponses: ['200', '400', '502'],
            integration: {
              type: 'AWS',
              httpMethod: 'POST',
              uri: 'arn:aws:apigateway:us-east-1:runtime.sagemaker:path//endpoints/churn-prod/invocations',
              endpointName: 'churn-prod',
              credentials: `arn:aws:iam::${ACCOUNT}:role/churn-api-invoke`,
              passthroughBehavior: 'WHEN_NO_TEMPLATES',
              timeoutMs: 29_000,
              requestTemplates: { 'application/json': "$input.json('$')" },
              responses: [
                { statusCode: '200', templates: {} },
                { statusCode: '400', selectionPattern: '4\\d{2}', templates: { 'application/json': '{"message": $input.json(\'$.message\')}' } },
                { statusCode: '502', selectionPattern: '5\\d{2}', templates: {} },
              ],
            },
          },
        ],
      },
    ],
    models: [{ name: 'ChurnPayload', contentType: 'application/json', schema: CHURN_SCHEMA }],
    gatewayResponses: [{ type: 'BAD_REQUEST_BODY', statusCode: '400', templates: { 'application/json': '{"message": "$context.error.validationErrorString"}' }, customized: true }],
    stages: [
      {
        name: 'prod',
        description: 'Production',
        deploymentId: 'dep001',
        invokeUrl: invokeUrl(summary.id, 'prod'),
        variables: { endpointName: 'churn-prod' },
        throttling: { rateLimit: 100, burstLimit: 50 },
        loggingLevel: 'INFO',
        metricsEnabled: true,
        dataTraceEnabled: false,
        cachingEnabled: false,
        cacheClusterEnabled: false,
        accessLogDestination: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/apigateway/churn-api-access`,
        tracingEnabled: false,
        methodOverrides: [],
        warnings: [],
      },
    ],
    usagePlans: [],
    region: 'us-east-1',
    notices: [],
  };
}

/** apis.*: APIs kept in `apis` (summary + detail); expose adds one; test and invoke answer `nextInvoke`. */
export class FakeApis {
  readonly details = new Map<string, ApiDetail>([[CHURN_API_ID, churnApiDetail()]]);
  nextTestInvoke = { status: 200, body: '{"predictions": [0.12]}', headers: { 'Content-Type': 'application/json' }, latencyMs: 42, log: 'Execution log for request test-request\nMethod completed with status: 200' };
  nextInvoke = { status: 200, body: '{"predictions": [0.12]}', headers: { 'content-type': 'application/json' }, latencyMs: 55 };
  /** What apis.list adds as its notice (a capped or partial listing). */
  listNotice: string | undefined;
  private counter = 0;

  readonly requests: RequestHandlersOf<typeof apisRequests> = {
    'apis.list': async () => ({ items: [...this.details.values()].map((detail) => detail.summary), ...(this.listNotice ? { notice: this.listNotice } : {}) }),
    'apis.describe': async (input) => {
      const detail = this.details.get(input.apiId);
      if (!detail) throw new SageDeckError({ code: 'NotFoundException', message: `Invalid API identifier specified ${ACCOUNT}:${input.apiId}`, retryable: false });
      return detail;
    },
    'apis.expose': async (input) => {
      this.counter += 1;
      const apiId = `new${String(this.counter).padStart(7, '0')}`;
      const summary = churnApiSummary({ id: apiId, name: input.apiName, stages: [{ name: input.stageName, invokeUrl: invokeUrl(apiId, input.stageName) }], servesEndpoints: [input.endpointName], tags: {} });
      this.details.set(apiId, churnApiDetail(summary));
      const exposed: ExposedApi = {
        apiId,
        apiName: input.apiName,
        resourceId: 'pred01',
        resourcePath: `/${input.pathPart}`,
        httpMethod: 'POST',
        stageName: input.stageName,
        invokeUrl: invokeUrl(apiId, input.stageName),
        steps: ['Created REST API', 'Created deployment and stage'],
        ...(input.auth === 'API_KEY' ? { apiKeyId: 'key0000001', usagePlanId: 'plan000001' } : {}),
      };
      return exposed;
    },
    'apis.testInvoke': async () => ({ ...this.nextTestInvoke }),
    'apis.invoke': async (input) => {
      const detail = this.details.get(input.apiId);
      const stage = detail?.stages.find((s) => s.name === input.stageName);
      return { ...this.nextInvoke, url: `${stage?.invokeUrl ?? invokeUrl(input.apiId, input.stageName)}${input.path}`, signed: input.apiKeyId === undefined, usedApiKey: input.apiKeyId !== undefined };
    },
  };
  readonly streams: StreamHandlersOf<typeof apisStreams> = {};
}
