import type { ServiceDefinition, ServiceModuleFactory } from '../../types';
import { apiKeyOperations } from './api-keys';
import { modelOperations } from './api-models';
import { demoChurnApi } from './demo-seed';
import { deploymentOperations } from './deployments';
import './execution/seams';
import { gatewayResponseOperations } from './gateway-responses';
import { integrationOperations } from './integrations';
import { methodOperations } from './methods';
import { resourceOperations } from './resources';
import { restApiOperations } from './rest-apis';
import { APIGATEWAY_ROUTES } from './routes';
import { stageOperations } from './stages';
import { ApiGatewayStore } from './store';
import { tagOperations } from './tags';
import { apiGatewayTagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';
import { testInvokeOperation } from './test-invoke-route';
import { usagePlanOperations } from './usage-plans';
import { validatorOperations } from './validators';

/**
 * API Gateway REST APIs (restJson1, signing name `apigateway`): the control plane. The store is
 * offered on `env.bus.apiGatewayStore` for the data plane, which serves deployed stages.
 */
export const createApiGatewayModule: ServiceModuleFactory = (env) => {
  const store = new ApiGatewayStore();
  env.bus.apiGatewayStore = store;
  registerTagSource(env.bus, apiGatewayTagSource(store));

  const controlPlane: ServiceDefinition = {
    signingName: 'apigateway',
    protocol: 'restJson1',
    operations: {
      ...restApiOperations(store),
      ...resourceOperations(store),
      ...methodOperations(store),
      ...integrationOperations(store),
      ...validatorOperations(store),
      ...modelOperations(store),
      ...gatewayResponseOperations(store),
      ...deploymentOperations(store),
      ...stageOperations(store),
      ...apiKeyOperations(store),
      ...usagePlanOperations(store),
      ...tagOperations(store),
      ...testInvokeOperation(store, env),
    },
    routes: APIGATEWAY_ROUTES,
    snapshot: () => store.snapshot(),
    restore: (state) => store.restore(state),
    reset: () => store.reset(),
  };
  return {
    services: [controlPlane],
    seed: (kind, where) => {
      if (kind !== 'demo') return;
      const api = demoChurnApi(where, env.clock.now());
      store.region(where).restApis[api.id] = api;
    },
  };
};
