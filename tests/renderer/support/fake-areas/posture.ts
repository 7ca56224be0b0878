import type { postureRequests, postureStreams } from '../../../../shared/contract/posture';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** posture.*: Encryption and network posture across the pipeline (buckets, jobs, endpoint configs, log groups, API stages, listeners, KMS keys). */
export class FakePosture {
  readonly requests: RequestHandlersOf<typeof postureRequests> = {};
  readonly streams: StreamHandlersOf<typeof postureStreams> = {};
}
