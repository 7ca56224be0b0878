import { z } from 'zod';
import type { ApiDetail, ApiPage, ExposedApi, InvokeUrlResult, TestInvokeResult } from '../domain/apis';
import { endpointNameSchema } from '../validation/endpoints';
import {
  REQUEST_CONTENT_TYPES,
  httpMethodSchema,
  invokeRoleArnSchema,
  jsonSchemaTextSchema,
  modelNameSchema,
  pathPartSchema,
  resourceIdSchema,
  restApiIdSchema,
  restApiNameSchema,
  stageNameSchema,
  usagePlanSchema,
} from '../validation/apis';
import type { APIS_REQUESTS, APIS_STREAMS } from './apis.channels';
import { empty, request, returns, type AnyRequestSpec, type AnyStreamSpec, type SameKeys } from './spec';

/** A request body as typed in the test panel: at most API Gateway's 10 MB payload limit. */
const bodyText = z.string().max(10 * 1024 * 1024, 'API Gateway accepts at most 10 MB.');
const headers = z.record(z.string().min(1).max(256), z.string().max(8192)).optional();

export const exposeEndpointSchema = z
  .object({
    endpointName: endpointNameSchema,
    apiName: restApiNameSchema,
    description: z.string().max(1024).optional(),
    /** One segment under `/`: `predict`. */
    pathPart: pathPartSchema,
    contentType: z.enum(REQUEST_CONTENT_TYPES),
    modelName: modelNameSchema,
    /** The request model's JSON Schema (draft 4); for text/csv it describes nothing and may be `{}`. */
    schema: jsonSchemaTextSchema,
    auth: z.enum(['AWS_IAM', 'API_KEY']),
    /** Required with API_KEY: the plan the new key joins. */
    usagePlan: usagePlanSchema.optional(),
    stageName: stageNameSchema,
    /** The role API Gateway assumes to call InvokeEndpoint (it needs sagemaker:InvokeEndpoint). */
    invokeRoleArn: invokeRoleArnSchema,
    throttling: z
      .object({
        rateLimit: z.number().positive('More than 0.').max(10_000),
        burstLimit: z.number().int().min(1, 'At least 1.').max(5_000),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((input) => input.auth !== 'API_KEY' || input.usagePlan !== undefined, {
    path: ['usagePlan'],
    message: 'An API key needs a usage plan: name it and set its limits.',
  });
export type ExposeEndpointInput = z.infer<typeof exposeEndpointSchema>;

export const apisRequests = {
  /** Every REST API with its stages and invoke URLs (500 at most; a notice beyond). */
  'apis.list': request({ input: empty, output: returns<ApiPage>() }),
  /** One API: resources and methods with validators, models, integrations and mappings; stages with their settings and warnings; usage plans. */
  'apis.describe': request({ input: z.object({ apiId: restApiIdSchema }).strict(), output: returns<ApiDetail>() }),
  /**
   * Exposes a SageMaker endpoint as a REST API in one flow: API, resource, model, validator, POST
   * method with IAM or API-key auth, AWS integration to InvokeEndpoint with mapping templates,
   * error responses, deployment and stage (and an API key with a usage plan for API_KEY).
   */
  'apis.expose': request({
    input: exposeEndpointSchema,
    output: returns<ExposedApi>(),
    mutation: { action: 'Expose endpoint as an API', target: (input: ExposeEndpointInput) => input.endpointName, destructive: false },
  }),
  /** API Gateway's TestInvokeMethod: the method's mapping and integration run without a deployment; answers the execution log. */
  'apis.testInvoke': request({
    input: z
      .object({ apiId: restApiIdSchema, resourceId: resourceIdSchema, httpMethod: httpMethodSchema, body: bodyText, headers })
      .strict(),
    output: returns<TestInvokeResult>(),
  }),
  /** A real call to a stage's invoke URL, SigV4-signed for IAM methods, with the API key the core reads for API-key methods. */
  'apis.invoke': request({
    input: z
      .object({
        apiId: restApiIdSchema,
        stageName: stageNameSchema,
        /** The resource path, `/predict`. */
        path: z.string().startsWith('/', 'Paths start with /.').max(2048),
        httpMethod: httpMethodSchema,
        body: bodyText,
        headers,
        /** For API-key methods: which key to send (the core reads its value; the renderer never sees it). */
        apiKeyId: z.string().regex(/^[a-z0-9]{10}$/).optional(),
      })
      .strict(),
    output: returns<InvokeUrlResult>(),
  }),
} satisfies Record<(typeof APIS_REQUESTS)[number], AnyRequestSpec>;

export const apisStreams = {} satisfies Record<(typeof APIS_STREAMS)[number], AnyStreamSpec>;

export const apisChannelsMatch: [
  SameKeys<keyof typeof apisRequests, (typeof APIS_REQUESTS)[number]>,
  SameKeys<keyof typeof apisStreams, (typeof APIS_STREAMS)[number]>,
] = [true, true];
