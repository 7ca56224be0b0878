import type { sessionRequests, sessionStreams } from '../../../../shared/contract/session';
import { sessionIdentity } from '../../session/identity';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface SessionAreaDeps {
  session: SessionManager;
  clients: SessionClients;
}

/** Which profile and region the console acts as, and who AWS says that is. */
export function sessionArea(deps: SessionAreaDeps): AreaModule<typeof sessionRequests, typeof sessionStreams> {
  return {
    requests: {
      'session.current': async () => deps.session.current(),
      'session.select': async (input) => deps.session.select(input.profile, input.region),
      'session.identity': async (_input, ctx) => sessionIdentity(deps.clients, ctx.signal),
    },
    streams: { 'session.watch': (_input, emit) => deps.session.onChange(emit) },
    dispose: () => undefined,
  };
}
