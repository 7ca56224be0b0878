import type { apisRequests, apisStreams } from '../../../../shared/contract/apis';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';
import { apiDetail } from './api-detail';
import { listApis } from './api-listing';
import { exposeEndpoint } from './expose';
import { invokeUrl } from './invoke-url';
import { testInvoke } from './test-invoke';

export interface ApisAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** API Gateway REST APIs: list, describe, expose an endpoint, test and call a method. */
export function apisArea(deps: ApisAreaDeps): AreaModule<typeof apisRequests, typeof apisStreams> {
  /**
   * The session's API Gateway client, where its stages answer (AWS, or the custom endpoint's path
   * convention), and its proxies and CA bundle for the invoke URL, which is called outside the SDK.
   */
  const gateway = async () => {
    const { clients, target } = await deps.clients.active();
    return { client: clients.get('apigateway'), target: { region: target.region, endpoint: target.endpointFor('apigateway') }, credentials: target.credentials, network: target.network };
  };
  return {
    requests: {
      'apis.list': async (_input, ctx) => listApis({ ...(await gateway()), signal: ctx.signal }),
      'apis.describe': async (input, ctx) => apiDetail({ ...(await gateway()), signal: ctx.signal }, input.apiId),
      'apis.expose': async (input, ctx) => exposeEndpoint({ ...(await gateway()), signal: ctx.signal }, input),
      'apis.testInvoke': async (input, ctx) => testInvoke((await gateway()).client, input, ctx.signal),
      'apis.invoke': async (input, ctx) => invokeUrl({ ...(await gateway()), signal: ctx.signal }, input),
    },
    streams: {},
    dispose: () => undefined,
  };
}
