import type { SageMakerDeps } from './base/deps';
import { CapacityChanges, CAPACITY_CHANGE_MS } from './deployments/capacity-change';
import { DeploymentRunner } from './deployments/deployment-runner';
import { EndpointLifecycle } from './endpoints/endpoint-lifecycle';
import { ProcessingLifecycle } from './jobs/processing-lifecycle';
import { TrainingLifecycle } from './jobs/training-lifecycle';

export interface Lifecycles {
  training: TrainingLifecycle;
  processing: ProcessingLifecycle;
  endpoints: EndpointLifecycle;
  deployments: DeploymentRunner;
  capacity: CapacityChanges;
}

export function createLifecycles(deps: SageMakerDeps): Lifecycles {
  return {
    training: new TrainingLifecycle(deps),
    processing: new ProcessingLifecycle(deps),
    endpoints: new EndpointLifecycle(deps),
    deployments: new DeploymentRunner(deps),
    capacity: new CapacityChanges(deps),
  };
}

/** After a restore, every resource that was mid-transition picks up where it was. */
export function resumeAll(deps: SageMakerDeps, lifecycles: Lifecycles): void {
  for (const state of deps.store.all()) {
    for (const job of Object.values(state.trainingJobs)) {
      lifecycles.training.resume(state, job);
      const maxRuntime = job.request.StoppingCondition?.MaxRuntimeInSeconds;
      if (job.status === 'InProgress' && maxRuntime) {
        lifecycles.training.armMaxRuntime(state, job, Math.max(0, job.createdMs + maxRuntime * 1000 - deps.env.clock.now()));
      }
    }
    for (const job of Object.values(state.processingJobs)) lifecycles.processing.resume(job);
    for (const endpoint of Object.values(state.endpoints)) {
      lifecycles.endpoints.resume(state, endpoint);
      if (endpoint.status === 'Updating' && endpoint.deployment) lifecycles.deployments.resume(state, endpoint);
      else if (endpoint.status === 'Updating') lifecycles.capacity.resume(state, endpoint, Math.max(0, endpoint.lastModifiedMs + CAPACITY_CHANGE_MS - deps.env.clock.now()));
    }
  }
}
