import type { Where } from '../../types';

/**
 * API Gateway (REST APIs) state as plain JSON records, so a snapshot is the records themselves.
 * Times are epoch milliseconds; the operations turn them into `Date`s (epoch seconds on the wire).
 * Maps keyed by id (or by name / status code / HTTP method where AWS keys them so) keep the
 * records addressable the way the REST paths address them.
 *
 * Shared with the data plane (velocity/, json-schema/, execution/, data-plane/): it reads these
 * types through `ApiGatewayStore` (store.ts) and executes a stage's *deployed* snapshot
 * (`DeploymentRecord.api`), never the live edits, as AWS does.
 */

export type AuthorizationType = 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'COGNITO_USER_POOLS';
export type IntegrationType = 'HTTP' | 'AWS' | 'MOCK' | 'HTTP_PROXY' | 'AWS_PROXY';
export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';
export type ContentHandling = 'CONVERT_TO_BINARY' | 'CONVERT_TO_TEXT';
export type LoggingLevel = 'OFF' | 'ERROR' | 'INFO';

export interface MethodResponseRecord {
  statusCode: string;
  /** `method.response.header.X` -> required. */
  responseParameters: Record<string, boolean>;
  /** Content type -> model name. */
  responseModels: Record<string, string>;
}

export interface IntegrationResponseRecord {
  statusCode: string;
  /** Regex over the integration's error (AWS/HTTP: the backend status code); absent = the default response. */
  selectionPattern?: string;
  /** `method.response.header.X` -> `integration.response.header.Y` or a quoted literal. */
  responseParameters: Record<string, string>;
  /** Content type -> Velocity template. */
  responseTemplates: Record<string, string>;
  contentHandling?: ContentHandling;
}

export interface IntegrationRecord {
  type: IntegrationType;
  /** The backend's method (AWS, HTTP); absent for MOCK. */
  httpMethod?: string;
  uri?: string;
  connectionType: 'INTERNET' | 'VPC_LINK';
  connectionId?: string;
  /** Role ARN API Gateway assumes to call an AWS integration. */
  credentials?: string;
  /** `integration.request.header.X` -> `method.request.…` or a quoted literal. */
  requestParameters: Record<string, string>;
  /** Content type -> Velocity template. */
  requestTemplates: Record<string, string>;
  passthroughBehavior: PassthroughBehavior;
  contentHandling?: ContentHandling;
  /** 50..29000 (AWS's default and maximum is 29 s). */
  timeoutInMillis: number;
  cacheNamespace: string;
  cacheKeyParameters: string[];
  /** By status code. */
  integrationResponses: Record<string, IntegrationResponseRecord>;
  tlsConfig?: { insecureSkipVerification: boolean };
}

export interface MethodRecord {
  httpMethod: string;
  authorizationType: AuthorizationType;
  authorizerId?: string;
  authorizationScopes?: string[];
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  /** `method.request.querystring.x` / `.header.x` / `.path.x` -> required. */
  requestParameters: Record<string, boolean>;
  /** Content type -> model name. */
  requestModels: Record<string, string>;
  /** By status code. */
  methodResponses: Record<string, MethodResponseRecord>;
  integration?: IntegrationRecord;
}

export interface ResourceRecord {
  id: string;
  /** Absent for the root resource `/`. */
  parentId?: string;
  /** One path segment: `predict`, `{id}`, `{proxy+}`; absent for the root. */
  pathPart?: string;
  /** The full path, e.g. `/predict`. */
  path: string;
  /** By HTTP method (`GET`, `POST`, `ANY` ...). */
  resourceMethods: Record<string, MethodRecord>;
}

export interface RequestValidatorRecord {
  id: string;
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export interface ModelRecord {
  id: string;
  name: string;
  description?: string;
  /** The JSON Schema (draft 4) text as the caller gave it. */
  schema?: string;
  contentType: string;
}

export interface GatewayResponseRecord {
  responseType: string;
  statusCode?: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
}

/** What a deployment freezes: everything the data plane needs to serve the API as it was. */
export interface DeployedApi {
  restApiId: string;
  name: string;
  apiKeySource: 'HEADER' | 'AUTHORIZER';
  binaryMediaTypes: string[];
  disableExecuteApiEndpoint: boolean;
  /** By resource id, deep copies (methods, integrations, responses included). */
  resources: Record<string, ResourceRecord>;
  /** By model name. */
  models: Record<string, ModelRecord>;
  /** By id. */
  requestValidators: Record<string, RequestValidatorRecord>;
  /** Only the responses the API customised (PutGatewayResponse); the rest are AWS's defaults (gateway-responses.ts). */
  gatewayResponses: Record<string, GatewayResponseRecord>;
}

export interface DeploymentRecord {
  id: string;
  description?: string;
  createdMs: number;
  api: DeployedApi;
}

export interface MethodSettingRecord {
  metricsEnabled: boolean;
  loggingLevel: LoggingLevel;
  dataTraceEnabled: boolean;
  /** Requests per second (steady state); a new setting starts at the account's default, 10000 (burst 5000). */
  throttlingRateLimit: number;
  throttlingBurstLimit: number;
  cachingEnabled: boolean;
  cacheTtlInSeconds: number;
  cacheDataEncrypted: boolean;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: 'FAIL_WITH_403' | 'SUCCEED_WITH_RESPONSE_HEADER' | 'SUCCEED_WITHOUT_RESPONSE_HEADER';
}

export interface AccessLogSettingsRecord {
  destinationArn?: string;
  format?: string;
}

export interface StageRecord {
  stageName: string;
  deploymentId: string;
  description?: string;
  createdMs: number;
  lastUpdatedMs: number;
  variables: Record<string, string>;
  /** Keyed `resourcePath/httpMethod` as AWS keys it (`*\/*` for every method, `~1predict/POST`). */
  methodSettings: Record<string, MethodSettingRecord>;
  accessLogSettings?: AccessLogSettingsRecord;
  tracingEnabled: boolean;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: string;
  clientCertificateId?: string;
  documentationVersion?: string;
  tags: Record<string, string>;
}

export interface RestApiRecord {
  id: string;
  name: string;
  description?: string;
  version?: string;
  createdMs: number;
  apiKeySource: 'HEADER' | 'AUTHORIZER';
  endpointConfiguration: { types: string[]; vpcEndpointIds?: string[] };
  binaryMediaTypes: string[];
  minimumCompressionSize?: number;
  disableExecuteApiEndpoint: boolean;
  policy?: string;
  rootResourceId: string;
  tags: Record<string, string>;
  /** By id; the root (`/`) is one of them. */
  resources: Record<string, ResourceRecord>;
  /** By name. */
  models: Record<string, ModelRecord>;
  /** By id. */
  requestValidators: Record<string, RequestValidatorRecord>;
  /** By response type; only the customised ones. */
  gatewayResponses: Record<string, GatewayResponseRecord>;
  /** By id. */
  deployments: Record<string, DeploymentRecord>;
  /** By stage name. */
  stages: Record<string, StageRecord>;
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  /** The secret the caller sends in `x-api-key`. */
  value: string;
  description?: string;
  enabled: boolean;
  customerId?: string;
  createdMs: number;
  lastUpdatedMs: number;
  /** `restApiId/stageName` (the legacy stageKeys). */
  stageKeys: string[];
  tags: Record<string, string>;
}

export interface ThrottleRecord {
  burstLimit?: number;
  rateLimit?: number;
}

export interface QuotaRecord {
  limit: number;
  offset: number;
  period: 'DAY' | 'WEEK' | 'MONTH';
}

export interface UsagePlanApiStage {
  apiId: string;
  stage: string;
  /** Per method: `resourcePath/httpMethod` -> limits. */
  throttle?: Record<string, ThrottleRecord>;
}

export interface UsagePlanRecord {
  id: string;
  name: string;
  description?: string;
  apiStages: UsagePlanApiStage[];
  throttle?: ThrottleRecord;
  quota?: QuotaRecord;
  productCode?: string;
  tags: Record<string, string>;
  /** Ids of the API keys attached (CreateUsagePlanKey with keyType API_KEY). */
  keyIds: string[];
}

/** Everything of one (account, region). */
export interface RegionRecords {
  where: Where;
  /** By id. */
  restApis: Record<string, RestApiRecord>;
  /** By id. */
  apiKeys: Record<string, ApiKeyRecord>;
  /** By id. */
  usagePlans: Record<string, UsagePlanRecord>;
}

/** A stage as the data plane serves it: the live stage settings over its deployment's frozen API. */
export interface ServedStage {
  where: Where;
  restApi: RestApiRecord;
  stage: StageRecord;
  deployment: DeploymentRecord;
}

/** The usage plans (and their enabled keys) that cover one stage; what API-key enforcement consults. */
export interface StageUsagePlan {
  plan: UsagePlanRecord;
  apiStage: UsagePlanApiStage;
  keys: ApiKeyRecord[];
}
