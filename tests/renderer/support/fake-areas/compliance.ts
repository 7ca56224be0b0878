import type { complianceRequests, complianceStreams } from '../../../../shared/contract/compliance';
import { COMPLIANCE_STATEMENT, FRAMEWORKS_NOTE, type ComplianceControl, type ComplianceReport } from '../../../../shared/domain/compliance';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

export function demoControls(): ComplianceControl[] {
  return [
    { id: 'encryptionAtRest', title: 'Encryption at rest', status: 'pass', summary: 'Every resource checked meets it.', evidence: ['sagedeck-demo-churn-data: GetBucketEncryption: SSE-KMS → pass'], frameworks: [{ framework: 'PCI DSS', reference: '3.5' }, { framework: 'HIPAA', reference: '164.312(a)(2)(iv)' }, { framework: 'GDPR', reference: 'Art. 32(1)(a)' }] },
    { id: 'mfaProductionRoles', title: 'MFA on production roles', status: 'fail', summary: '1 of 1: production roles can be assumed without MFA.', evidence: ['churn-prod-deployer (environment=production): trust policy lets arn:aws:iam::111122223333:root assume it without aws:MultiFactorAuthPresent → fail'], frameworks: [{ framework: 'PCI DSS', reference: '8.4' }] },
    { id: 'backupsTested', title: 'Backups tested (a restore within 30 days)', status: 'unknown', summary: 'AWS Backup could not be read.', evidence: ['AWS Backup: could not run ListBackupPlans (access denied) → unknown'], frameworks: [{ framework: 'HIPAA', reference: '164.308(a)(7)(ii)(D)' }] },
  ];
}

/** compliance.*: The compliance evidence report: technical controls for GDPR, HIPAA and PCI DSS evaluated live, exported as HTML and CSV. */
export class FakeCompliance {
  controls: ComplianceControl[] = demoControls();
  regions: string[] | undefined;
  exports = 0;

  private report(): ComplianceReport {
    return { generatedAt: '2026-12-06T10:00:00.000Z', profile: 'sandbox', region: 'us-east-1', accountId: '111122223333', chosenRegions: this.regions ?? ['us-east-1'], controls: this.controls, checksNotRun: [], statement: COMPLIANCE_STATEMENT, frameworksNote: FRAMEWORKS_NOTE };
  }

  readonly requests: RequestHandlersOf<typeof complianceRequests> = {
    'compliance.report': () => Promise.resolve(this.report()),
    'compliance.export': () => {
      this.exports += 1;
      const r = this.report();
      return Promise.resolve({ html: `<html>${r.accountId} ${r.controls.map((c) => c.title).join(' ')}</html>`, csv: `Account,${r.accountId}\r\n`, fileName: 'sagedeck-compliance-111122223333-us-east-1-20261206T1000Z' });
    },
    'compliance.regions': () => Promise.resolve({ regions: this.regions ?? ['us-east-1'], chosen: this.regions !== undefined }),
    'compliance.setRegions': (input) => {
      this.regions = input.regions;
      return Promise.resolve({ regions: input.regions });
    },
  };
  readonly streams: StreamHandlersOf<typeof complianceStreams> = {};
}
