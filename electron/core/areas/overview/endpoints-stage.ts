import { DescribeScalableTargetsCommand, type ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { EndpointSummary } from '../../../../shared/domain/endpoints';
import type { EndpointStageItem, EndpointsStage, StageResult } from '../../../../shared/domain/overview';
import type { ConfigResolver } from '../endpoints/config-resolver';
import { listEndpoints } from '../endpoints/endpoint-listing';
import { DIMENSION, resourceIdOf } from '../endpoints/scaling';
import { collectPages } from './pages';
import { partMissing } from './stage-failure';

export interface EndpointsStageDeps {
  sagemaker: SageMakerClient;
  autoscaling: ApplicationAutoScalingClient;
  configs: ConfigResolver;
  generation: number;
  signal: AbortSignal;
}

/** The overview shows the newest 100 endpoints (the Endpoints area's first page). */
const ENDPOINTS = 100;
const TARGET_PAGES = 5;

/** MaxCapacity by scalable target resource id, for every SageMaker variant registered with Auto Scaling. */
async function maxCapacities(client: ApplicationAutoScalingClient, signal: AbortSignal): Promise<Map<string, number>> {
  const targets = await collectPages(async (token) => {
    const answer = await client.send(
      new DescribeScalableTargetsCommand({ ServiceNamespace: 'sagemaker', ScalableDimension: DIMENSION, MaxResults: 50, ...(token ? { NextToken: token } : {}) }),
      { abortSignal: signal },
    );
    return { items: answer.ScalableTargets ?? [], next: answer.NextToken };
  }, TARGET_PAGES);
  return new Map(targets.items.flatMap((t) => (t.ResourceId && t.MaxCapacity !== undefined ? [[t.ResourceId, t.MaxCapacity] as const] : [])));
}

/**
 * Instances now (the variants' CurrentInstanceCount summed) against the most the endpoint may
 * scale to: an autoscaled variant counts its MaxCapacity, a fixed one its current count. Without
 * any autoscaled variant there is no maximum to show.
 */
function stageItem(endpoint: EndpointSummary, max: Map<string, number> | undefined): EndpointStageItem {
  const instances = endpoint.variants.reduce((sum, v) => sum + (v.currentInstanceCount ?? 0), 0);
  const caps = endpoint.variants.map((v) => max?.get(resourceIdOf(endpoint.name, v.variantName)));
  const scales = caps.some((cap) => cap !== undefined);
  const maxInstances = endpoint.variants.reduce((sum, v, i) => sum + (caps[i] ?? v.currentInstanceCount ?? 0), 0);
  return { name: endpoint.name, status: endpoint.status, instances, ...(scales ? { maxInstances } : {}), deploymentInProgress: endpoint.deploymentInProgress };
}

/**
 * Endpoints: the Endpoints area's own first page (Search, or ListEndpoints with a Describe per row
 * where Search is missing) and one paginated DescribeScalableTargets for every maximum. When Auto
 * Scaling cannot be read, the endpoints still show, without their maximum, and the card says so.
 */
export async function readEndpointsStage(deps: EndpointsStageDeps): Promise<StageResult<EndpointsStage>> {
  const [page, max] = await Promise.all([
    listEndpoints({ client: deps.sagemaker, configs: deps.configs, generation: deps.generation, signal: deps.signal }, { maxResults: ENDPOINTS }),
    maxCapacities(deps.autoscaling, deps.signal).then(
      (found) => ({ found }),
      (error: unknown) => ({ error }),
    ),
  ]);
  const capacities = 'found' in max ? max.found : undefined;
  const notices = [
    page.notice,
    page.nextToken ? `Showing the newest ${ENDPOINTS} endpoints.` : undefined,
    'error' in max ? partMissing('Maximum instances (Application Auto Scaling)', max.error) : undefined,
  ].filter(Boolean);
  return {
    ok: true,
    value: { endpoints: page.items.map((endpoint) => stageItem(endpoint, capacities)) },
    ...(notices.length ? { notice: notices.join(' ') } : {}),
  };
}
