import type { complianceRequests, complianceStreams } from '../../../../shared/contract/compliance';
import type { SessionClients } from '../../session/session-clients';
import type { SessionManager } from '../../session/session-manager';
import type { AreaModule } from '../area-module';

export interface ComplianceAreaDeps {
  clients: SessionClients;
  session: SessionManager;
  now?: () => number;
}

/** The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export function complianceArea(_deps: ComplianceAreaDeps): AreaModule<typeof complianceRequests, typeof complianceStreams> {
  return { requests: {}, streams: {}, dispose: () => undefined };
}
