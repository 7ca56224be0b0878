import { APIGatewayClient, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import type { ExposeEndpointInput } from '../../../shared/contract/apis';
import type { ApiDetail, ApiPage, ApiSummary } from '../../../shared/domain/apis';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

/** churn-prod's payload: two customers' features. */
export const VALID_PAYLOAD = JSON.stringify({ instances: [[0.2, 12, 3], [0.9, 1, 40]] });
/** Refused by the ChurnPayload model: `instances` must be an array. */
export const INVALID_PAYLOAD = JSON.stringify({ instances: 'nope' });
export const INVOKE_ROLE = 'arn:aws:iam::111122223333:role/churn-api-invoke';

/** The demo model's schema, as the expose form infers it from a sample payload. */
export const CHURN_SCHEMA = JSON.stringify({
  $schema: 'http://json-schema.org/draft-04/schema#',
  title: 'ChurnPayload',
  type: 'object',
  required: ['instances'],
  properties: { instances: { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, items: { type: 'number' } } } },
});

/** The form "expose churn-prod as an API" sends, with IAM auth. */
export function exposeForm(apiName: string, overrides: Partial<ExposeEndpointInput> = {}): ExposeEndpointInput {
  return {
    endpointName: 'churn-prod',
    apiName,
    pathPart: 'predict',
    contentType: 'application/json',
    modelName: 'ChurnPayload',
    schema: CHURN_SCHEMA,
    auth: 'AWS_IAM',
    stageName: 'live',
    invokeRoleArn: INVOKE_ROLE,
    throttling: { rateLimit: 50, burstLimit: 20 },
    ...overrides,
  };
}

export interface ApisWorld extends EndpointsWorld {
  /** API Gateway through the sandbox's own keys (as an operator would check), not the core's client. */
  apigateway: APIGatewayClient;
  list(): Promise<ApiPage>;
  api(name: string): Promise<ApiSummary>;
  describe(name: string): Promise<ApiDetail>;
  /** API Gateway calls the sandbox served since the last reset, by operation (`apigateway:` dropped). */
  gatewayCalls(): Record<string, number>;
}

/** A core on the demo seed (churn-prod, churn-api with its prod stage) through a profile whose endpoint_url is the sandbox. */
export async function startApisWorld(): Promise<ApisWorld> {
  const world = await startEndpointsWorld();
  const apigateway = new APIGatewayClient({ endpoint: world.sandbox.endpoint, region: 'us-east-1', credentials: world.keys, maxAttempts: 1 });
  const list = () => world.ok<ApiPage>('apis.list', {});
  const api = async (name: string) => {
    const found = (await list()).items.find((item) => item.name === name);
    if (!found) throw new Error(`no API named ${name}`);
    return found;
  };
  return {
    ...world,
    apigateway,
    list,
    api,
    describe: async (name) => world.ok<ApiDetail>('apis.describe', { apiId: (await api(name)).id }),
    gatewayCalls: () =>
      Object.fromEntries(
        Object.entries(world.sandboxCounters())
          .filter(([key]) => key.startsWith('apigateway:'))
          .map(([key, count]) => [key.slice('apigateway:'.length), count]),
      ),
    async close() {
      apigateway.destroy();
      await world.close();
    },
  };
}

/** The id of an API by name, through the sandbox's own client. */
export async function apiIdOf(world: ApisWorld, name: string): Promise<string | undefined> {
  return (await world.apigateway.send(new GetRestApisCommand({ limit: 500 }))).items?.find((api) => api.name === name)?.id;
}
