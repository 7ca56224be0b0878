import type { costRequests, costStreams } from '../../../../shared/contract/cost';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** cost.*: What runs now and its $/hour, month-to-date and forecast by service and by cost-allocation tag, untagged resources, the budget. */
export class FakeCost {
  readonly requests: RequestHandlersOf<typeof costRequests> = {};
  readonly streams: StreamHandlersOf<typeof costStreams> = {};
}
