/**
 * API Gateway REST APIs as the console shows them: an API with its stages and invoke URLs, its
 * resource/method tree with what each method validates, maps and calls, and the results of
 * testing a method (TestInvokeMethod) or calling its invoke URL for real.
 */

export const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'] as const;
export type AuthorizationType = (typeof AUTHORIZATION_TYPES)[number];

export const INTEGRATION_TYPES = ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];

export interface ApiStageSummary {
  name: string;
  deploymentId?: string;
  /** Where callers send requests: AWS's execute-api URL, or the custom endpoint's equivalent. */
  invokeUrl: string;
  lastUpdatedAt?: string;
}

export interface ApiSummary {
  id: string;
  name: string;
  description?: string;
  createdAt?: string;
  /** EDGE, REGIONAL or PRIVATE. */
  endpointType?: string;
  stages: ApiStageSummary[];
  tags: Record<string, string>;
  /** SageMaker endpoints its integrations call, when known from the list (tag `sagedeck:endpoint`). */
  servesEndpoints: string[];
}

export interface ApiPage {
  items: ApiSummary[];
  notice?: string;
}

export interface IntegrationResponseView {
  statusCode: string;
  /** AWS's regex over the integration's status (AWS/HTTP) or error message; absent = the default. */
  selectionPattern?: string;
  /** Content type → Velocity template. */
  templates: Record<string, string>;
}

export interface IntegrationView {
  type: IntegrationType;
  httpMethod?: string;
  uri?: string;
  /** The SageMaker endpoint an AWS integration invokes (from its `runtime.sagemaker` URI). */
  endpointName?: string;
  credentials?: string;
  passthroughBehavior?: string;
  timeoutMs?: number;
  /** Content type → Velocity template. */
  requestTemplates: Record<string, string>;
  responses: IntegrationResponseView[];
}

export interface MethodView {
  httpMethod: string;
  authorizationType: string;
  apiKeyRequired: boolean;
  validator?: { id: string; name: string; validatesBody: boolean; validatesParameters: boolean };
  /** Content type → model name. */
  requestModels: Record<string, string>;
  requestParameters: Record<string, boolean>;
  methodResponses: string[];
  integration?: IntegrationView;
}

export interface ApiResourceView {
  id: string;
  parentId?: string;
  /** The full path, `/predict`. */
  path: string;
  pathPart?: string;
  methods: MethodView[];
}

export interface ApiModelView {
  name: string;
  contentType: string;
  /** The JSON Schema text as stored. */
  schema?: string;
  description?: string;
}

export interface GatewayResponseView {
  type: string;
  statusCode?: string;
  templates: Record<string, string>;
  /** False for AWS's defaults the API did not change. */
  customized: boolean;
}

export interface StageSettingsView {
  name: string;
  description?: string;
  deploymentId?: string;
  invokeUrl: string;
  variables: Record<string, string>;
  /** From the stage-wide method settings (the `*` and `*` key); per-method overrides are listed apart. */
  throttling?: { rateLimit?: number; burstLimit?: number };
  loggingLevel?: string;
  metricsEnabled: boolean;
  dataTraceEnabled: boolean;
  cachingEnabled: boolean;
  cacheClusterEnabled: boolean;
  accessLogDestination?: string;
  tracingEnabled: boolean;
  /** Per-method settings other than the stage-wide ones, keyed like `predict/POST`. */
  methodOverrides: { key: string; throttling?: { rateLimit?: number; burstLimit?: number }; loggingLevel?: string }[];
  /** Plain words for what an operator should fix: logging off, a method without auth. */
  warnings: string[];
  lastUpdatedAt?: string;
}

export interface UsagePlanView {
  id: string;
  name: string;
  throttle?: { rateLimit?: number; burstLimit?: number };
  quota?: { limit: number; period: string };
  /** `<apiId>/<stage>` pairs the plan covers. */
  stages: string[];
  apiKeyIds: string[];
}

export interface ApiDetail {
  summary: ApiSummary;
  resources: ApiResourceView[];
  models: ApiModelView[];
  gatewayResponses: GatewayResponseView[];
  stages: StageSettingsView[];
  usagePlans: UsagePlanView[];
  /** Set when the session calls a custom endpoint: what `--endpoint-url` the AWS CLI needs. */
  cliEndpointUrl?: string;
  region: string;
  notices: string[];
}

/** What TestInvokeMethod answered: the mapped response and API Gateway's execution log. */
export interface TestInvokeResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  latencyMs: number;
  log: string;
}

/** A real call to a stage's invoke URL, signed when the method needs IAM. */
export interface InvokeUrlResult {
  url: string;
  status: number;
  body: string;
  headers: Record<string, string>;
  latencyMs: number;
  signed: boolean;
  usedApiKey: boolean;
}

/** What "expose an endpoint as an API" created, for the result page and the test panel. */
export interface ExposedApi {
  apiId: string;
  apiName: string;
  resourceId: string;
  resourcePath: string;
  httpMethod: 'POST';
  stageName: string;
  invokeUrl: string;
  apiKeyId?: string;
  usagePlanId?: string;
  /** Each AWS call made, in order, for the summary ("Created model ChurnPayload"). */
  steps: string[];
}

/**
 * The SageMaker endpoint an AWS integration invokes, from its URI:
 * `arn:aws:apigateway:<region>:runtime.sagemaker:path//endpoints/<name>/invocations` (AWS's
 * documented form has the double slash; one is accepted too).
 */
export function endpointOfIntegrationUri(uri: string | undefined): string | undefined {
  const match = /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:runtime\.sagemaker:path\/\/?endpoints\/([^/]+)\/invocations$/.exec(uri ?? '');
  return match?.[1];
}

/** SageDeck's tag for "this resource serves that SageMaker endpoint" (AWS has no such link for a load balancer). */
export const SERVES_ENDPOINT_TAG = 'sagedeck:endpoint';
