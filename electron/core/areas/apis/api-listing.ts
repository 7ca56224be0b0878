import { GetRestApisCommand, GetStagesCommand, type APIGatewayClient, type RestApi } from '@aws-sdk/client-api-gateway';
import type { ApiPage } from '../../../../shared/domain/apis';
import { mapLimited } from '../data/storage/limited';
import { apiSummary } from './api-summary';
import type { InvokeTarget } from './invoke-urls';

/** The list shows 500 APIs at most (API Gateway's default quota is 600 REST APIs a region). */
export const MAX_APIS = 500;
/** GetStages for several APIs at once, not all: a region with hundreds of APIs stays within API Gateway's rate. */
const STAGE_READS_AT_ONCE = 4;

export interface ListDeps {
  client: APIGatewayClient;
  target: InvokeTarget;
  signal: AbortSignal;
}

/** Every REST API (pages of 500 by position), then each API's stages, four reads at a time. */
export async function listApis(deps: ListDeps): Promise<ApiPage> {
  const apis: RestApi[] = [];
  let position: string | undefined;
  do {
    const page = await deps.client.send(
      new GetRestApisCommand({ limit: MAX_APIS, ...(position ? { position } : {}) }),
      { abortSignal: deps.signal },
    );
    apis.push(...(page.items ?? []));
    position = page.position;
  } while (position && apis.length < MAX_APIS);
  const more = apis.length > MAX_APIS || (position !== undefined && apis.length >= MAX_APIS);
  const shown = apis.slice(0, MAX_APIS);
  const items = await mapLimited(shown, STAGE_READS_AT_ONCE, async (api) => {
    const stages = await deps.client.send(new GetStagesCommand({ restApiId: api.id }), { abortSignal: deps.signal });
    return apiSummary(deps.target, api, stages.item ?? []);
  });
  items.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return more
    ? { items, notice: `This region has more than ${MAX_APIS} REST APIs; the first ${MAX_APIS} API Gateway returned are shown. Use the AWS CLI (aws apigateway get-rest-apis) for the rest.` }
    : { items };
}
