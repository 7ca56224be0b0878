import { GetDeploymentCommand, GetMethodCommand, GetResourcesCommand, GetStageCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { SageDeckError } from '../../../../shared/errors';
import { allPages, PAGE_LIMIT } from './paged';

export interface MethodAuth {
  authorizationType: string;
  apiKeyRequired: boolean;
}

function templateRegex(template: string): RegExp {
  const pattern = template
    .split('/')
    .map((segment) => {
      if (/^\{[^}]+\+\}$/.test(segment)) return '.+';
      if (/^\{[^}]+\}$/.test(segment)) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${pattern}$`);
}

/** The resource path a request path reaches: itself if it exists, else the most literal template (`/items/{id}` before `/{proxy+}`). */
export function matchResourcePath(paths: readonly string[], requestPath: string): string | undefined {
  if (paths.includes(requestPath)) return requestPath;
  const literalSegments = (path: string) => path.split('/').filter((s) => s && !s.startsWith('{')).length;
  return paths
    .filter((path) => templateRegex(path).test(requestPath))
    .sort((a, b) => literalSegments(b) - literalSegments(a) || Number(a.includes('+}')) - Number(b.includes('+}')))[0];
}

/** The method a verb reaches on a resource: its own, else ANY. */
export function methodOn<T>(methods: Record<string, T> | undefined, verb: string): T | undefined {
  return methods?.[verb] ?? methods?.ANY;
}

function notFound(apiId: string, stageName: string, verb: string, path: string): SageDeckError {
  return new SageDeckError({
    code: 'NotFoundException',
    message: `The deployment on stage ${stageName} of API ${apiId} has no ${verb} ${path}. Check the path, or deploy the API to ${stageName} again.`,
    retryable: false,
  });
}

/**
 * How the DEPLOYED method authorizes (what the invoke URL enforces, which may differ from the API
 * as edited since): the stage's deployment with its API summary. Where an endpoint gives no
 * summary, the API's current resources stand in.
 */
export async function deployedMethodAuth(client: APIGatewayClient, apiId: string, stageName: string, verb: string, path: string, signal: AbortSignal): Promise<MethodAuth> {
  const opts = { abortSignal: signal };
  const stage = await client.send(new GetStageCommand({ restApiId: apiId, stageName }), opts);
  const deployment = stage.deploymentId ? await client.send(new GetDeploymentCommand({ restApiId: apiId, deploymentId: stage.deploymentId, embed: ['apisummary'] }), opts) : undefined;
  const summary = deployment?.apiSummary;
  if (summary && Object.keys(summary).length > 0) {
    const resourcePath = matchResourcePath(Object.keys(summary), path);
    const method = resourcePath ? methodOn(summary[resourcePath], verb) : undefined;
    if (!method) throw notFound(apiId, stageName, verb, path);
    return { authorizationType: method.authorizationType ?? 'NONE', apiKeyRequired: method.apiKeyRequired ?? false };
  }
  const resources = await allPages((position) => client.send(new GetResourcesCommand({ restApiId: apiId, limit: PAGE_LIMIT, ...(position ? { position } : {}) }), opts));
  const resourcePath = matchResourcePath(resources.map((r) => r.path ?? ''), path);
  const resource = resources.find((r) => r.path === resourcePath);
  const methods = resource?.resourceMethods ?? {};
  const onVerb = verb in methods ? verb : 'ANY' in methods ? 'ANY' : undefined;
  if (!resource || !onVerb) throw notFound(apiId, stageName, verb, path);
  const method = await client.send(new GetMethodCommand({ restApiId: apiId, resourceId: resource.id, httpMethod: onVerb }), opts);
  return { authorizationType: method.authorizationType ?? 'NONE', apiKeyRequired: method.apiKeyRequired ?? false };
}
