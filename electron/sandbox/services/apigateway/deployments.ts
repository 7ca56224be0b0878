import type { OperationContext, OperationHandler } from '../../types';
import { badRequest, notFound } from './errors';
import { freezeApi } from './freeze';
import { newId } from './ids';
import { embedsMethods } from './resources';
import { optStringList, optString, type Input } from './input';
import { requireApi } from './lookup';
import type { DeploymentRecord, RestApiRecord } from './model';
import { deploymentOut } from './output';
import { paginate } from './pages';
import { applyPatch, stringRule } from './patch';
import { createStage } from './stages';
import type { ApiGatewayStore } from './store';

/** AWS refuses to deploy an API without methods, or with a method that has no integration. */
function checkDeployable(api: RestApiRecord): void {
  const methods = Object.values(api.resources).flatMap((resource) => Object.values(resource.resourceMethods));
  if (methods.length === 0) throw badRequest("The REST API doesn't contain any methods");
  if (methods.some((method) => !method.integration)) throw badRequest('No integration defined for method');
}

export function requireDeployment(api: RestApiRecord, id: unknown): DeploymentRecord {
  const deployment = typeof id === 'string' ? api.deployments[id] : undefined;
  if (!deployment) throw notFound('Invalid Deployment identifier specified');
  return deployment;
}

const embedsSummary = (input: Input) => (optStringList(input, 'embed') ?? []).some((value) => value.split(',').includes('apisummary'));

function deploy(store: ApiGatewayStore, input: Input, ctx: OperationContext) {
  const api = requireApi(store, ctx, input.restApiId);
  checkDeployable(api);
  const deployment: DeploymentRecord = { id: newId(6), description: optString(input, 'description'), createdMs: ctx.clock.now(), api: freezeApi(api) };
  api.deployments[deployment.id] = deployment;
  const stageName = optString(input, 'stageName');
  if (stageName) {
    const existing = api.stages[stageName];
    // Deploying to an existing stage moves it to the new deployment; otherwise the stage is created.
    if (existing) {
      existing.deploymentId = deployment.id;
      existing.lastUpdatedMs = ctx.clock.now();
    } else
      createStage(api, ctx.clock.now(), {
        ...input,
        deploymentId: deployment.id,
        description: input.stageDescription,
        tags: undefined,
      });
  }
  return deploymentOut(deployment);
}

export function deploymentOperations(store: ApiGatewayStore): Record<string, OperationHandler> {
  return {
    CreateDeployment: (input, ctx) => deploy(store, input, ctx),
    GetDeployment: (input, ctx) => deploymentOut(requireDeployment(requireApi(store, ctx, input.restApiId), input.deploymentId), embedsSummary(input) || embedsMethods(input)),
    GetDeployments: (input, ctx) => {
      const deployments = Object.values(requireApi(store, ctx, input.restApiId).deployments).sort((a, b) => a.createdMs - b.createdMs);
      const page = paginate(input, deployments);
      return { ...page, item: page.item.map((deployment) => deploymentOut(deployment)) };
    },
    UpdateDeployment: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const deployment = requireDeployment(api, input.deploymentId);
      const { description } = applyPatch(input, { description: deployment.description }, [stringRule('/description', (target, value) => (target.description = value), true)]);
      deployment.description = description;
      return deploymentOut(deployment);
    },
    DeleteDeployment: (input, ctx) => {
      const api = requireApi(store, ctx, input.restApiId);
      const deployment = requireDeployment(api, input.deploymentId);
      if (Object.values(api.stages).some((stage) => stage.deploymentId === deployment.id))
        throw badRequest('Active stages pointing to this deployment must be moved or deleted');
      delete api.deployments[deployment.id];
      return {};
    },
  };
}
