import type { OperationHandler, ServiceDefinition, ServiceModuleFactory } from '../../types';
import type { ElbDeps } from './deps';
import { HealthChecker } from './health-checker';
import { listenerOperations } from './listener-operations';
import { loadBalancerOperations } from './load-balancer-operations';
import { ElbMetrics } from './metrics';
import { ElbStore } from './model';
import { ruleOperations } from './rule-operations';
import { seedDemoElb } from './seed';
import { tagOperations } from './tags';
import { elbTagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';
import { targetFaults } from './target-faults';
import { targetGroupOperations } from './target-group-operations';
import { targetOperations } from './target-operations';

const XML_NAMESPACE = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

/**
 * Elastic Load Balancing v2 (awsQuery `2015-12-01`, signing name `elasticloadbalancing`):
 * application and network load balancers, listeners and rules, target groups and target health
 * driven by health checks on the sandbox clock, AWS/ApplicationELB and AWS/NetworkELB metrics.
 * Offers the control API `bus.elbTargets` to make targets fail their health checks.
 */
export const createElbModule: ServiceModuleFactory = (env) => {
  const store = new ElbStore();
  const health = new HealthChecker(store, env.clock);
  const metrics = new ElbMetrics(store, env);
  const deps: ElbDeps = { store, env, health };
  const faults = targetFaults(store);
  registerTagSource(env.bus, elbTagSource(store));
  env.bus.elbTargets = {
    setFault: (where, request) => faults.setFault(where, request),
  };
  const settle = () => {
    health.sync();
    metrics.sync();
  };

  const operations = {
    ...loadBalancerOperations(deps),
    ...listenerOperations(deps),
    ...ruleOperations(deps),
    ...targetGroupOperations(deps),
    ...targetOperations(deps),
    ...tagOperations(deps),
  };
  // Every change may start or stop health checks, draining and the metrics ticker.
  const served: Record<string, OperationHandler> = Object.fromEntries(
    Object.entries(operations).map(([name, handler]): [string, OperationHandler] => [
      name,
      (input, ctx) => {
        try {
          return handler(input, ctx);
        } finally {
          settle();
        }
      },
    ]),
  );

  const service: ServiceDefinition = {
    signingName: 'elasticloadbalancing',
    protocol: 'awsQuery',
    apiVersion: '2015-12-01',
    xmlNamespace: XML_NAMESPACE,
    operations: served,
    snapshot: () => store.snapshot(),
    restore: (state) => {
      health.dispose();
      store.restore(state);
      settle();
    },
    reset: () => {
      health.dispose();
      metrics.stop();
      store.reset();
    },
  };

  return {
    services: [service],
    seed: (kind, where) => {
      if (kind === 'demo') seedDemoElb(store, operations, where, env.clock.now());
      settle();
    },
    dispose: () => {
      health.dispose();
      metrics.stop();
    },
  };
};
