import { GetRestApisCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SERVES_ENDPOINT_TAG } from '../../../../shared/domain/apis';
import type { ServingApi, ServingLoadBalancer, ServingStage, StageResult } from '../../../../shared/domain/overview';
import { listLoadBalancers } from '../load-balancers/load-balancer-listing';
import { partMissing } from './stage-failure';

/** One GetRestApis page (API Gateway's largest, 500) is enough to count and name what fronts the endpoints. */
const API_PAGE = 500;

async function readApis(client: APIGatewayClient, signal: AbortSignal): Promise<{ apis: ServingApi[]; more: boolean }> {
  const answer = await client.send(new GetRestApisCommand({ limit: API_PAGE }), { abortSignal: signal });
  const apis = (answer.items ?? [])
    .filter((api) => api.id)
    .map((api) => ({ id: api.id ?? '', name: api.name ?? api.id ?? '', serves: api.tags?.[SERVES_ENDPOINT_TAG] ? [api.tags[SERVES_ENDPOINT_TAG]] : [] }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { apis, more: answer.position !== undefined };
}

async function readLoadBalancers(client: ElasticLoadBalancingV2Client, signal: AbortSignal): Promise<{ loadBalancers: ServingLoadBalancer[]; notice?: string }> {
  const page = await listLoadBalancers(client, signal);
  const loadBalancers = page.items.map((lb) => ({
    name: lb.name,
    state: lb.state,
    ...(lb.health ? { health: lb.health } : {}),
    ...(lb.servesEndpoint ? { serves: lb.servesEndpoint } : {}),
  }));
  return page.notice ? { loadBalancers, notice: page.notice } : { loadBalancers };
}

/**
 * API & load balancing: the REST APIs (one GetRestApis) and the load balancers with their target
 * health (the area's own listing). Each half is read on its own: an endpoint without API Gateway
 * or ELB, or a role without the permission, leaves the other half and says which is missing.
 */
export async function readServingStage(apigateway: APIGatewayClient, elbv2: ElasticLoadBalancingV2Client, signal: AbortSignal): Promise<StageResult<ServingStage>> {
  const [apis, balancers] = await Promise.allSettled([readApis(apigateway, signal), readLoadBalancers(elbv2, signal)]);
  if (apis.status === 'rejected' && balancers.status === 'rejected') throw apis.reason;
  const notices = [
    apis.status === 'rejected' ? partMissing('REST APIs (API Gateway)', apis.reason) : apis.value.more ? `Counted the first ${API_PAGE} REST APIs: there are more.` : undefined,
    balancers.status === 'rejected' ? partMissing('Load balancers (Elastic Load Balancing)', balancers.reason) : balancers.value.notice,
  ].filter((notice): notice is string => notice !== undefined);
  return {
    ok: true,
    value: {
      apis: apis.status === 'fulfilled' ? apis.value.apis : [],
      loadBalancers: balancers.status === 'fulfilled' ? balancers.value.loadBalancers : [],
    },
    ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
  };
}
