import type { ComplianceControlId, FrameworkReference } from '../../../../shared/domain/compliance';
import type { PostureCheckId } from '../../../../shared/domain/posture';

const ref = (framework: FrameworkReference['framework'], reference: string): FrameworkReference => ({ framework, reference });

/** Each control's name, the sections commonly cited for it (indicative), and the posture checks that are its evidence. */
export const CONTROLS: Record<ComplianceControlId, { title: string; frameworks: FrameworkReference[]; checks?: PostureCheckId[] }> = {
  encryptionAtRest: {
    title: 'Encryption at rest',
    frameworks: [ref('PCI DSS', '3.5'), ref('HIPAA', '164.312(a)(2)(iv)'), ref('GDPR', 'Art. 32(1)(a)')],
    checks: ['bucket.defaultEncryption', 'kmsKey.state', 'kmsKey.rotation'],
  },
  encryptionInTransit: {
    title: 'Encryption in transit',
    frameworks: [ref('PCI DSS', '4.2'), ref('HIPAA', '164.312(e)(1)'), ref('GDPR', 'Art. 32(1)(a)')],
    checks: ['bucket.httpsOnly', 'apiStage.tls', 'listener.tls', 'listener.sslPolicy', 'job.interContainerEncryption'],
  },
  accessLogging: {
    title: 'Access logging',
    frameworks: [ref('PCI DSS', '10.2'), ref('HIPAA', '164.312(b)'), ref('GDPR', 'Art. 32(1)(d)')],
    checks: ['bucket.accessLogging', 'apiStage.accessLogging'],
  },
  logRetention: {
    title: 'Log retention',
    frameworks: [ref('PCI DSS', '10.5.1'), ref('HIPAA', '164.316(b)(2)(i)'), ref('GDPR', 'Art. 5(1)(e)')],
    checks: ['logGroup.retention'],
  },
  leastPrivilege: {
    title: 'Least privilege on pipeline roles',
    frameworks: [ref('PCI DSS', '7.2'), ref('HIPAA', '164.308(a)(4)'), ref('GDPR', 'Art. 25')],
  },
  mfaProductionRoles: {
    title: 'MFA on production roles',
    frameworks: [ref('PCI DSS', '8.4'), ref('HIPAA', '164.312(d)'), ref('GDPR', 'Art. 32(1)(b)')],
  },
  publicAccessBlocked: {
    title: 'Public access blocked',
    frameworks: [ref('PCI DSS', '1.3'), ref('HIPAA', '164.312(a)(1)'), ref('GDPR', 'Art. 32(1)(b)')],
    checks: ['bucket.publicAccessBlock', 'bucket.publicPolicy', 'apiStage.methodAuth'],
  },
  backupsTested: {
    title: 'Backups tested (a restore within 30 days)',
    frameworks: [ref('PCI DSS', '12.10.2'), ref('HIPAA', '164.308(a)(7)(ii)(D)'), ref('GDPR', 'Art. 32(1)(c)')],
  },
  dataResidency: {
    title: 'Data kept in the chosen regions',
    frameworks: [ref('GDPR', 'Art. 44'), ref('HIPAA', '164.308(b)(1)')],
  },
};
