import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import type { CostDeps } from './context';
import { getCostAndUsage } from './cost-and-usage';
import { getCostForecast } from './forecast';
import { UsageStore } from './ledger';
import { getDimensionValues, getTags } from './values';

/**
 * Cost Explorer (awsJson1_1, `AWSInsightsIndexService`, signing name `ce`): cost computed from what
 * the sandbox ran. It keeps the usage SageMaker and S3 report through `bus.usage` and prices it
 * with resources/pricing/ at query time; tags come from the services that hold the resources.
 */
export const createCostExplorerModule: ServiceModuleFactory = (env) => {
  const store = new UsageStore();
  env.bus.usage = store;
  const deps: CostDeps = { store, env };
  const service: ServiceDefinition = {
    signingName: 'ce',
    protocol: 'awsJson1_1',
    targetPrefix: 'AWSInsightsIndexService',
    operations: {
      GetCostAndUsage: (input, ctx) => getCostAndUsage(deps, input, ctx),
      GetCostForecast: (input, ctx) => getCostForecast(deps, input, ctx),
      GetDimensionValues: (input, ctx) => getDimensionValues(deps, input, ctx),
      GetTags: (input, ctx) => getTags(deps, input, ctx),
    },
    snapshot: () => store.snapshot(),
    restore: (state) => store.restore(state),
    reset: () => store.reset(),
  };
  return { services: [service] };
};
