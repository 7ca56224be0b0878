import type { complianceRequests, complianceStreams } from '../../../../shared/contract/compliance';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** compliance.*: The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export class FakeCompliance {
  readonly requests: RequestHandlersOf<typeof complianceRequests> = {};
  readonly streams: StreamHandlersOf<typeof complianceStreams> = {};
}
