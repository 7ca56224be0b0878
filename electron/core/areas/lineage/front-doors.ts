import { GetResourcesCommand, GetRestApisCommand, type APIGatewayClient, type RestApi } from '@aws-sdk/client-api-gateway';
import { DescribeLoadBalancersCommand, DescribeTagsCommand, type ElasticLoadBalancingV2Client, type LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SERVES_ENDPOINT_TAG, endpointOfIntegrationUri } from '../../../../shared/domain/apis';
import { mapLimited } from '../data/storage/limited';
import { operationUnavailable } from './aws-refusals';
import type { FrontDoorFacts, Listing } from './facts';

/** GetRestApis answers at most 500 a call (API Gateway's `limit` maximum); the first 100 have their methods read. */
const API_PAGE = 500;
const APIS_READ = 100;
/** DescribeLoadBalancers pages hold up to 400; DescribeTags takes 20 ARNs a call (ELBv2 API reference). */
const LB_PAGE = 400;
const LB_PAGES = 3;
const TAGS_PER_CALL = 20;

export interface FrontDoorClients {
  apigateway: APIGatewayClient;
  elbv2: ElasticLoadBalancingV2Client;
}

/** The SageMaker endpoints an API's AWS integrations invoke, read from its methods. */
async function endpointsInvokedBy(client: APIGatewayClient, api: RestApi, signal: AbortSignal): Promise<string[]> {
  const endpoints = new Set<string>();
  let position: string | undefined;
  do {
    const page = await client.send(new GetResourcesCommand({ restApiId: api.id, embed: ['methods'], limit: API_PAGE, ...(position ? { position } : {}) }), { abortSignal: signal });
    for (const resource of page.items ?? [])
      for (const method of Object.values(resource.resourceMethods ?? {})) {
        const endpoint = endpointOfIntegrationUri(method.methodIntegration?.uri);
        if (endpoint) endpoints.add(endpoint);
      }
    position = page.position;
  } while (position);
  return [...endpoints];
}

async function apiDoors(client: APIGatewayClient, signal: AbortSignal): Promise<Listing<FrontDoorFacts>> {
  const answer = await client.send(new GetRestApisCommand({ limit: API_PAGE }), { abortSignal: signal });
  const apis = (answer.items ?? []).filter((api) => api.id);
  const doors = await mapLimited(apis.slice(0, APIS_READ), 4, async (api): Promise<FrontDoorFacts> => {
    const invoked = await endpointsInvokedBy(client, api, signal);
    const tagged = api.tags?.[SERVES_ENDPOINT_TAG];
    const endpoints = invoked.length > 0 ? invoked : tagged ? [tagged] : [];
    return { kind: 'api', key: api.id ?? '', name: api.name ?? api.id ?? '', endpoints, via: invoked.length > 0 ? 'Integration uri' : `Tag ${SERVES_ENDPOINT_TAG}` };
  });
  const more = apis.length > APIS_READ || answer.position !== undefined;
  return { items: doors, ...(more ? { notice: `Only the first ${APIS_READ} REST APIs were matched to endpoints.` } : {}) };
}

async function loadBalancerDoors(client: ElasticLoadBalancingV2Client, signal: AbortSignal): Promise<Listing<FrontDoorFacts>> {
  const balancers: LoadBalancer[] = [];
  let marker: string | undefined;
  for (let page = 0; page < LB_PAGES; page += 1) {
    const answer = await client.send(new DescribeLoadBalancersCommand({ PageSize: LB_PAGE, ...(marker ? { Marker: marker } : {}) }), { abortSignal: signal });
    balancers.push(...(answer.LoadBalancers ?? []));
    marker = answer.NextMarker;
    if (!marker) break;
  }
  const arns = balancers.map((lb) => lb.LoadBalancerArn ?? '').filter(Boolean);
  const chunks = Array.from({ length: Math.ceil(arns.length / TAGS_PER_CALL) }, (_, i) => arns.slice(i * TAGS_PER_CALL, (i + 1) * TAGS_PER_CALL));
  const described = await mapLimited(chunks, 2, async (chunk) => (await client.send(new DescribeTagsCommand({ ResourceArns: chunk }), { abortSignal: signal })).TagDescriptions ?? []);
  const served = new Map(described.flat().map((d) => [d.ResourceArn ?? '', d.Tags?.find((tag) => tag.Key === SERVES_ENDPOINT_TAG)?.Value]));
  const items = balancers.flatMap((lb): FrontDoorFacts[] => {
    const endpoint = served.get(lb.LoadBalancerArn ?? '');
    if (!endpoint || !lb.LoadBalancerName) return [];
    return [{ kind: 'load-balancer', key: lb.LoadBalancerName, name: lb.LoadBalancerName, arn: lb.LoadBalancerArn, status: lb.State?.Code, endpoints: [endpoint], via: `Tag ${SERVES_ENDPOINT_TAG}` }];
  });
  return { items, ...(marker ? { notice: `Only the first ${LB_PAGE * LB_PAGES} load balancers were matched to endpoints.` } : {}) };
}

/** One half of the front doors, or a plain notice where the endpoint or role lacks that service. */
async function orNotice(read: () => Promise<Listing<FrontDoorFacts>>, missing: string): Promise<Listing<FrontDoorFacts>> {
  try {
    return await read();
  } catch (error) {
    if (operationUnavailable(error)) return { items: [], notice: missing };
    throw error;
  }
}

/**
 * What stands in front of endpoints: REST APIs whose AWS integrations invoke them (or tagged
 * `sagedeck:endpoint`), and load balancers tagged so. Either service missing on this endpoint, or
 * refused to this role, leaves a notice and the other half.
 */
export async function frontDoorCatalog(clients: FrontDoorClients, signal: AbortSignal): Promise<Listing<FrontDoorFacts>> {
  const [apis, balancers] = await Promise.all([
    orNotice(() => apiDoors(clients.apigateway, signal), 'REST APIs could not be read here (API Gateway is not offered or not allowed), so none are drawn.'),
    orNotice(() => loadBalancerDoors(clients.elbv2, signal), 'Load balancers could not be read here (Elastic Load Balancing is not offered or not allowed), so none are drawn.'),
  ]);
  const notices = [apis.notice, balancers.notice].filter(Boolean);
  return { items: [...apis.items, ...balancers.items], ...(notices.length > 0 ? { notice: notices.join(' ') } : {}) };
}
