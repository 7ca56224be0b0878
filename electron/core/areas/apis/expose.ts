import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetResourcesCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateStageCommand,
  type APIGatewayClient,
  type PatchOperation,
} from '@aws-sdk/client-api-gateway';
import type { ExposeEndpointInput } from '../../../../shared/contract/apis';
import { SERVES_ENDPOINT_TAG, type ExposedApi } from '../../../../shared/domain/apis';
import { BAD_REQUEST_BODY_TEMPLATE, CLIENT_ERROR_TEMPLATE, requestTemplateFor } from './expose-templates';
import { stepFailure, type Made } from './expose-refusals';
import { stageInvokeUrl, type InvokeTarget } from './invoke-urls';
import { invokeEndpointUri } from './sagemaker-integration';

export interface ExposeDeps {
  client: APIGatewayClient;
  target: InvokeTarget;
  signal: AbortSignal;
}

/** The validator the flow creates: bodies only (the method takes no required parameters). */
export const BODY_VALIDATOR = 'validate-body';
/** InvokeEndpoint's own 5xx become a 502: the gateway's backend failed, not the gateway. */
const METHOD_RESPONSES = [
  { statusCode: '200', model: 'Empty' },
  { statusCode: '400', model: 'Error' },
  { statusCode: '502', model: 'Error' },
] as const;
const INTEGRATION_RESPONSES = [
  { statusCode: '200', templates: {} },
  { statusCode: '400', selectionPattern: '4\\d{2}', templates: { 'application/json': CLIENT_ERROR_TEMPLATE } },
  { statusCode: '502', selectionPattern: '5\\d{2}', templates: { 'application/json': CLIENT_ERROR_TEMPLATE } },
] as const;

const LOGGING_ROLE_MISSING = /CloudWatch Logs role/i;

function stagePatch(input: ExposeEndpointInput, withLogging: boolean): PatchOperation[] {
  const ops: PatchOperation[] = [{ op: 'replace', path: '/*/*/metrics/enabled', value: 'true' }];
  if (withLogging) ops.push({ op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' });
  if (input.throttling) {
    ops.push({ op: 'replace', path: '/*/*/throttling/rateLimit', value: String(input.throttling.rateLimit) });
    ops.push({ op: 'replace', path: '/*/*/throttling/burstLimit', value: String(input.throttling.burstLimit) });
  }
  return ops;
}

/**
 * Exposes a SageMaker endpoint as a REST API, one real call per step in the console's order:
 * API (tagged with the endpoint it serves), resource, model and validator (JSON only), POST
 * method, AWS integration to InvokeEndpoint, method and integration responses (4xx → 400 with the
 * model's message, 5xx → 502), the validator's words on a refused body, deployment and stage
 * settings, and for API keys the key, usage plan and their link. A failed step stops the flow and
 * says what exists already and how to delete it.
 */
export async function exposeEndpoint(deps: ExposeDeps, input: ExposeEndpointInput): Promise<ExposedApi> {
  const { client } = deps;
  const opts = { abortSignal: deps.signal };
  const made: Made = { apiName: input.apiName, steps: [] };
  const step = async <T>(operation: string, what: string, call: () => Promise<T>, done: (result: T) => string | undefined): Promise<T> => {
    let result: T;
    try {
      result = await call();
    } catch (error) {
      if (deps.signal.aborted) throw error;
      throw stepFailure(operation, what, error, made);
    }
    const words = done(result);
    if (words) made.steps.push(words);
    return result;
  };
  const json = input.contentType === 'application/json';

  const api = await step(
    'CreateRestApi',
    `create the REST API ${input.apiName}`,
    () =>
      client.send(
        new CreateRestApiCommand({
          name: input.apiName,
          description: input.description ?? `Serves the SageMaker endpoint ${input.endpointName}`,
          endpointConfiguration: { types: ['REGIONAL'] },
          tags: { [SERVES_ENDPOINT_TAG]: input.endpointName },
        }),
        opts,
      ),
    (r) => `Created REST API ${input.apiName} (${r.id ?? ''})`,
  );
  const apiId = api.id ?? '';
  made.apiId = apiId;
  const rootId =
    api.rootResourceId ??
    (await step('GetResources', 'find the root resource', () => client.send(new GetResourcesCommand({ restApiId: apiId, limit: 500 }), opts), () => undefined)).items?.find(
      (r) => r.path === '/',
    )?.id;
  const resource = await step(
    'CreateResource',
    `create the resource /${input.pathPart}`,
    () => client.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: input.pathPart }), opts),
    (r) => `Created resource ${r.path ?? `/${input.pathPart}`}`,
  );
  const resourceId = resource.id ?? '';
  let validatorId: string | undefined;
  if (json) {
    await step(
      'CreateModel',
      `create the model ${input.modelName}`,
      () => client.send(new CreateModelCommand({ restApiId: apiId, name: input.modelName, contentType: 'application/json', schema: input.schema }), opts),
      () => `Created model ${input.modelName}`,
    );
    const validator = await step(
      'CreateRequestValidator',
      `create the request validator ${BODY_VALIDATOR}`,
      () => client.send(new CreateRequestValidatorCommand({ restApiId: apiId, name: BODY_VALIDATOR, validateRequestBody: true, validateRequestParameters: false }), opts),
      () => `Created request validator ${BODY_VALIDATOR} (bodies checked against ${input.modelName})`,
    );
    validatorId = validator.id;
  }
  const method = { restApiId: apiId, resourceId, httpMethod: 'POST' };
  const iam = input.auth === 'AWS_IAM';
  await step(
    'PutMethod',
    'create the POST method',
    () =>
      client.send(
        new PutMethodCommand({
          ...method,
          authorizationType: iam ? 'AWS_IAM' : 'NONE',
          apiKeyRequired: !iam,
          ...(validatorId ? { requestValidatorId: validatorId } : {}),
          ...(json ? { requestModels: { 'application/json': input.modelName } } : {}),
        }),
        opts,
      ),
    () => `Created method POST /${input.pathPart} (${iam ? 'IAM authorization' : 'API key required'})`,
  );
  await step(
    'PutIntegration',
    `integrate with ${input.endpointName}`,
    () =>
      client.send(
        new PutIntegrationCommand({
          ...method,
          type: 'AWS',
          integrationHttpMethod: 'POST',
          uri: invokeEndpointUri(deps.target.region, input.endpointName),
          credentials: input.invokeRoleArn,
          requestTemplates: { [input.contentType]: requestTemplateFor(input.contentType) },
          // The template turns CSV into JSON; the endpoint must be told so (API Gateway forwards the caller's type otherwise).
          ...(json ? {} : { requestParameters: { 'integration.request.header.Content-Type': "'application/json'" } }),
          passthroughBehavior: 'NEVER',
        }),
        opts,
      ),
    () => `Integrated with SageMaker endpoint ${input.endpointName} (InvokeEndpoint as ${input.invokeRoleArn})`,
  );
  for (const response of METHOD_RESPONSES) {
    await step(
      'PutMethodResponse',
      `declare the ${response.statusCode} response`,
      () => client.send(new PutMethodResponseCommand({ ...method, statusCode: response.statusCode, responseModels: { 'application/json': response.model } }), opts),
      () => undefined,
    );
  }
  made.steps.push(`Declared method responses ${METHOD_RESPONSES.map((r) => r.statusCode).join(', ')}`);
  for (const response of INTEGRATION_RESPONSES) {
    await step(
      'PutIntegrationResponse',
      `map ${'selectionPattern' in response ? response.selectionPattern : 'the default'} to ${response.statusCode}`,
      () =>
        client.send(
          new PutIntegrationResponseCommand({
            ...method,
            statusCode: response.statusCode,
            ...('selectionPattern' in response ? { selectionPattern: response.selectionPattern } : {}),
            responseTemplates: { ...response.templates },
          }),
          opts,
        ),
      () => undefined,
    );
  }
  made.steps.push('Mapped the endpoint\'s answers: success → 200, 4xx → 400 with its message, 5xx → 502');
  await step(
    'PutGatewayResponse',
    'word refused bodies',
    () =>
      client.send(
        new PutGatewayResponseCommand({ restApiId: apiId, responseType: 'BAD_REQUEST_BODY', statusCode: '400', responseTemplates: { 'application/json': BAD_REQUEST_BODY_TEMPLATE } }),
        opts,
      ),
    () => 'Refused bodies answer 400 with the validation message',
  );
  await step(
    'CreateDeployment',
    `deploy to the stage ${input.stageName}`,
    () => client.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: input.stageName, stageDescription: `Serves ${input.endpointName}`, description: `Exposes ${input.endpointName}` }), opts),
    () => `Deployed to stage ${input.stageName}`,
  );
  await configureStage(deps, input, apiId, made, step);

  const exposed: ExposedApi = {
    apiId,
    apiName: input.apiName,
    resourceId,
    resourcePath: resource.path ?? `/${input.pathPart}`,
    httpMethod: 'POST',
    stageName: input.stageName,
    invokeUrl: stageInvokeUrl(deps.target, apiId, input.stageName),
    steps: made.steps,
  };
  if (!iam && input.usagePlan) {
    const plan = input.usagePlan;
    const key = await step(
      'CreateApiKey',
      'create an API key',
      () => client.send(new CreateApiKeyCommand({ name: `${input.apiName}-${input.stageName}`, description: `Calls ${input.apiName} (${input.stageName})`, enabled: true }), opts),
      (r) => `Created API key ${r.id ?? ''}`,
    );
    made.apiKeyId = key.id;
    const usagePlan = await step(
      'CreateUsagePlan',
      `create the usage plan ${plan.name}`,
      () =>
        client.send(
          new CreateUsagePlanCommand({
            name: plan.name,
            throttle: { rateLimit: plan.rateLimit, burstLimit: plan.burstLimit },
            ...(plan.quota ? { quota: { limit: plan.quota.limit, period: plan.quota.period } } : {}),
            apiStages: [{ apiId, stage: input.stageName }],
          }),
          opts,
        ),
      (r) => `Created usage plan ${plan.name} (${r.id ?? ''})`,
    );
    made.usagePlanId = usagePlan.id;
    await step(
      'CreateUsagePlanKey',
      'add the key to the usage plan',
      () => client.send(new CreateUsagePlanKeyCommand({ usagePlanId: usagePlan.id, keyId: key.id, keyType: 'API_KEY' }), opts),
      () => 'Added the key to the usage plan',
    );
    if (key.id) exposed.apiKeyId = key.id;
    if (usagePlan.id) exposed.usagePlanId = usagePlan.id;
  }
  return { ...exposed, steps: made.steps };
}

type Step = <T>(operation: string, what: string, call: () => Promise<T>, done: (result: T) => string | undefined) => Promise<T>;

/**
 * Metrics, INFO execution logs and throttling for every method of the stage. AWS refuses logging
 * until the account has a CloudWatch Logs role; then the stage keeps logging off and says so,
 * rather than failing an API that is otherwise deployed.
 */
async function configureStage(deps: ExposeDeps, input: ExposeEndpointInput, apiId: string, made: Made, step: Step): Promise<void> {
  const update = (withLogging: boolean) => deps.client.send(new UpdateStageCommand({ restApiId: apiId, stageName: input.stageName, patchOperations: stagePatch(input, withLogging) }), { abortSignal: deps.signal });
  const settings = `metrics on${input.throttling ? `, throttled to ${input.throttling.rateLimit}/s (burst ${input.throttling.burstLimit})` : ''}`;
  try {
    await update(true);
    made.steps.push(`Stage ${input.stageName}: ${settings}, execution logging at INFO`);
  } catch (error) {
    const noLogsRole = error instanceof Error && error.name === 'BadRequestException' && LOGGING_ROLE_MISSING.test(error.message);
    if (!noLogsRole || deps.signal.aborted) throw deps.signal.aborted ? error : stepFailure('UpdateStage', `configure the stage ${input.stageName}`, error, made);
    await step('UpdateStage', `configure the stage ${input.stageName}`, () => update(false), () => `Stage ${input.stageName}: ${settings}; execution logging left off (${error instanceof Error ? error.message : ''}: set the account's CloudWatch Logs role to turn it on)`);
  }
}
