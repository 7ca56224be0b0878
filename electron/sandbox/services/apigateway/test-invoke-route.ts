import type { OperationHandler, ServiceEnv } from '../../types';
import { testInvokeMethod } from './execution/test-invoke';
import { optString, stringMap } from './input';
import { requireApi, whereOf } from './lookup';
import type { ApiGatewayStore } from './store';

/** TestInvokeMethod: the control plane's route; the run itself is the data plane's (execution/test-invoke.ts). */
export function testInvokeOperation(store: ApiGatewayStore, env: ServiceEnv): Record<string, OperationHandler> {
  return {
    TestInvokeMethod: async (input, ctx) => {
      const restApi = requireApi(store, ctx, input.restApiId);
      const multiValueHeaders = (input.multiValueHeaders ?? {}) as Record<string, string[]>;
      return testInvokeMethod(
        { clock: env.clock, bus: env.bus },
        whereOf(ctx),
        restApi,
        {
          resourceId: String(input.resourceId),
          httpMethod: String(input.resourceHttpMethod),
          pathWithQueryString: optString(input, 'pathWithQueryString'),
          body: optString(input, 'body'),
          headers: stringMap(input, 'headers'),
          multiValueHeaders,
          stageVariables: stringMap(input, 'stageVariables'),
        },
        ctx.requestId,
      );
    },
  };
}
