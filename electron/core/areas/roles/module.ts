import type { rolesRequests, rolesStreams } from '../../../../shared/contract/roles';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface RolesAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** IAM roles the pipeline uses: trust and permission policies, findings, the policy simulator, a least-privilege suggestion. */
export function rolesArea(_deps: RolesAreaDeps): AreaModule<typeof rolesRequests, typeof rolesStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
