import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import type { SageMakerDeps } from './base/deps';
import { SageMakerStore } from './base/state';
import { ResourceTimers } from './base/timers';
import { endpointConfigOperations } from './endpoints/endpoint-config-operations';
import { endpointOperations } from './endpoints/endpoint-operations';
import { modelOperations } from './endpoints/model-operations';
import { experimentOperations } from './experiments/experiment-operations';
import { artifactOperations } from './lineage/artifact-operations';
import { associationOperations } from './lineage/association-operations';
import { actionOperations, contextOperations } from './lineage/named-operations';
import { queryLineageOperations } from './lineage/query-operation';
import { trialComponentOperations } from './experiments/trial-component-operations';
import { trialOperations } from './experiments/trial-operations';
import { processingJobOperations } from './jobs/processing-operations';
import { searchOperations } from './search/search-operation';
import { trainingJobOperations } from './jobs/training-operations';
import { createLifecycles, resumeAll } from './lifecycles';
import { createEndpointFleet, createProcessingStarter } from './deployments/fleet';
import { updateOperations } from './deployments/update-operations';
import { TrafficGenerator } from './traffic/generator';
import { packageGroupOperations } from './registry/group-operations';
import { modelPackageOperations } from './registry/package-operations';
import { createRuntimeService } from './runtime/runtime-service';
import { seedDemo } from './seed/demo';
import { seedDemoAlarms, seedDemoTraffic } from './seed/demo-traffic';
import { tagOperations } from './tags/tag-operations';
import { sageMakerTagSource } from './tags/tag-source';
import { registerTagSource } from '../tagging/directory';

/**
 * SageMaker (awsJson1_1) and SageMaker Runtime (restJson1) over one shared store: Runtime invokes
 * the endpoints SageMaker created. State is per (account, region); lifecycles run on env.clock.
 * Offers the bus its endpoints (Auto Scaling), processing jobs (Scheduler) and traffic (control API).
 */
export const createSageMakerModule: ServiceModuleFactory = (env) => {
  const deps: SageMakerDeps = { store: new SageMakerStore(), env, timers: new ResourceTimers(env.clock) };
  const lifecycles = createLifecycles(deps);
  const traffic = new TrafficGenerator(deps);
  env.bus.endpoints = createEndpointFleet(deps, lifecycles.capacity);
  env.bus.processing = createProcessingStarter(deps, lifecycles.processing);
  env.bus.traffic = traffic;
  registerTagSource(env.bus, sageMakerTagSource(deps));
  (env.bus.resourceTags ??= {}).sagemaker = {
    tagsOf: (where, arn) => (arn.startsWith('arn:aws:sagemaker:') ? Object.fromEntries((deps.store.region(where).tags[arn] ?? []).map((t) => [t.Key, t.Value])) : undefined),
  };
  const stopAll = () => {
    deps.timers.cancelAll();
    traffic.forgetTicker();
    lifecycles.deployments.dispose();
  };

  const sagemaker: ServiceDefinition = {
    signingName: 'sagemaker',
    protocol: 'awsJson1_1',
    targetPrefix: 'SageMaker',
    operations: {
      ...trainingJobOperations(deps, lifecycles.training),
      ...processingJobOperations(deps, lifecycles.processing),
      ...searchOperations(deps),
      ...experimentOperations(deps),
      ...trialOperations(deps),
      ...trialComponentOperations(deps),
      ...associationOperations(deps),
      ...queryLineageOperations(deps),
      ...artifactOperations(deps),
      ...actionOperations(deps),
      ...contextOperations(deps),
      ...packageGroupOperations(deps),
      ...modelPackageOperations(deps),
      ...modelOperations(deps),
      ...endpointConfigOperations(deps),
      ...endpointOperations(deps, lifecycles.endpoints),
      ...updateOperations(deps, lifecycles.deployments, lifecycles.capacity),
      ...tagOperations(deps),
    },
    snapshot: () => deps.store.snapshot(),
    restore: (state) => {
      stopAll();
      deps.store.restore(state);
      resumeAll(deps, lifecycles);
      traffic.ensureTicking();
    },
    reset: () => {
      stopAll();
      deps.store.reset();
    },
  };

  return {
    services: [sagemaker, createRuntimeService(deps)],
    seed: (kind, where) => {
      if (kind === 'demo' && seedDemo(deps, lifecycles, where)) {
        seedDemoTraffic(traffic, where);
        seedDemoAlarms(env, where);
      }
      traffic.ensureTicking();
    },
    dispose: stopAll,
  };
};
