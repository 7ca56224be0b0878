import type { rolesRequests, rolesStreams } from '../../../../shared/contract/roles';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** roles.*: IAM roles the pipeline uses: trust and permission policies, findings, the policy simulator, a least-privilege suggestion. */
export class FakeRoles {
  readonly requests: RequestHandlersOf<typeof rolesRequests> = {};
  readonly streams: StreamHandlersOf<typeof rolesStreams> = {};
}
