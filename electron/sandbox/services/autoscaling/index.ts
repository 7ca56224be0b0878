import type { OperationContext, ServiceDefinition, ServiceModuleFactory, Where } from '../../types';
import { activityOperations } from './activity-operations';
import type { ScalingDeps } from './deps';
import { ScalingStore, targetKey } from './model';
import { policyOperations } from './policy-operations';
import { Scaler } from './scaler';
import { targetOperations } from './target-operations';
import { seedDemoScaling } from './seed';

/**
 * Application Auto Scaling (awsJson1_1, `AnyScaleFrontendService`) for SageMaker variants:
 * scalable targets, target-tracking and step policies, activities. Target tracking creates its
 * alarms through `bus.alarms` and changes capacity through `bus.endpoints`; it offers SageMaker
 * `bus.scalableTargets` so UpdateEndpoint can refuse instance-type changes of scaled variants.
 */
export const createAutoScalingModule: ServiceModuleFactory = (env) => {
  const store = new ScalingStore();
  const scaler = new Scaler(store, env);
  const deps: ScalingDeps = {
    store,
    env,
    scaler,
    removePolicy(region, policyId, policy) {
      env.bus.alarms?.delete(region.where, policy.alarms.map((a) => a.AlarmName));
      delete region.policies[policyId];
    },
  };
  env.bus.scalableTargets = {
    isRegistered: (where, namespace, resourceId, dimension) => store.region(where).targets[targetKey(namespace, resourceId, dimension)] !== undefined,
  };
  const operations = { ...targetOperations(deps), ...policyOperations(deps), ...activityOperations(deps) };
  const withWatch: ServiceDefinition['operations'] = Object.fromEntries(
    Object.entries(operations).map(([name, handler]) => [
      name,
      (input: Record<string, unknown>, ctx: OperationContext) => {
        scaler.watch();
        return handler(input, ctx);
      },
    ]),
  );

  const service: ServiceDefinition = {
    signingName: 'application-autoscaling',
    protocol: 'awsJson1_1',
    targetPrefix: 'AnyScaleFrontendService',
    operations: withWatch,
    snapshot: () => store.snapshot(),
    restore: (state) => {
      scaler.dispose();
      store.restore(state);
      scaler.resume();
    },
    reset: () => {
      scaler.dispose();
      store.reset();
    },
  };

  return {
    services: [service],
    seed: (kind, where: Where) => {
      scaler.watch();
      if (kind === 'demo') seedDemoScaling(operations, where);
    },
    dispose: () => scaler.dispose(),
  };
};
