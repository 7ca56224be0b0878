import type { OperationContext, Where } from '../../../types';
import type { ApiGatewayStore } from '../store';

/**
 * Calls another sandbox service's operation in process, through the same instrumented handler the
 * HTTP path reaches (so it is counted and subject to fault rules), and answers what that service
 * would have sent over the wire (status, headers, body), errors included.
 */
export type OperationInvoker = (
  call: { signingName: string; method: string; path: string; operation: string; input: Record<string, unknown> },
  ctx: Omit<OperationContext, 'http' | 'signal' | 'clock'>,
) => Promise<{ status: number; headers: Record<string, string>; body: Buffer }>;

declare module '../../../types' {
  interface SandboxBus {
    /** API Gateway's records (the control plane registers its store): the data plane serves their stages. */
    apiGatewayStore?: ApiGatewayStore;
    /** In-process calls to other services' operations (registered by the server; the data plane's AWS integrations use it). */
    invokeOperation?: OperationInvoker;
  }
}

export type { Where };
