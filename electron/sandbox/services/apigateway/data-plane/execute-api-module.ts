import type { ServiceModuleFactory } from '../../../types';

/** What the data plane hands the instrumented `execute-api:Invoke` handler: the request's whole work. */
export interface InvokeWork {
  run: () => Promise<unknown>;
}

/**
 * `execute-api` as a service of its own, with one operation `Invoke` (the IAM action that calling
 * an API is), so invoke-URL requests are counted (`execute-api:Invoke`) and subject to fault rules
 * like every other call: the data plane runs each request inside this instrumented handler.
 */
export const createExecuteApiModule: ServiceModuleFactory = () => ({
  services: [
    {
      signingName: 'execute-api',
      protocol: 'restJson1',
      operations: { Invoke: (input) => (input as unknown as InvokeWork).run() },
      routes: [],
    },
  ],
});
