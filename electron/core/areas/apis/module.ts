import type { apisRequests, apisStreams } from '../../../../shared/contract/apis';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface ApisAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

const building = () => {
  throw new SageDeckError({ code: 'NotImplemented', message: 'The APIs area is being built.', retryable: false });
};

/** API Gateway REST APIs: list, describe, expose an endpoint, test and call a method. */
export function apisArea(_deps: ApisAreaDeps): AreaModule<typeof apisRequests, typeof apisStreams> {
  return {
    requests: {
      'apis.list': async () => building(),
      'apis.describe': async () => building(),
      'apis.expose': async () => building(),
      'apis.testInvoke': async () => building(),
      'apis.invoke': async () => building(),
    },
    streams: {},
    dispose: () => undefined,
  };
}
