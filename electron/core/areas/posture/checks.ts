import type { PostureCheckId, PostureFindingRow, PostureFindingStatus, PostureFix, PostureResourceKind, PostureSeverity } from '../../../../shared/domain/posture';

/** Each check's name and how much a failure of it weighs. */
export const CHECKS: Record<PostureCheckId, { title: string; severity: PostureSeverity }> = {
  'bucket.defaultEncryption': { title: 'Default encryption', severity: 'high' },
  'bucket.kmsEncryption': { title: 'Encrypted with a KMS key (SSE-KMS)', severity: 'low' },
  'bucket.publicAccessBlock': { title: 'Block Public Access', severity: 'high' },
  'bucket.publicPolicy': { title: 'Not public through its policy or ACL', severity: 'high' },
  'bucket.httpsOnly': { title: 'Policy denies plain HTTP (aws:SecureTransport)', severity: 'medium' },
  'bucket.versioning': { title: 'Versioning', severity: 'medium' },
  'bucket.accessLogging': { title: 'Server access logging', severity: 'medium' },
  'job.volumeKey': { title: 'Storage volume KMS key', severity: 'low' },
  'job.outputKey': { title: 'Output KMS key', severity: 'low' },
  'job.interContainerEncryption': { title: 'Inter-container traffic encryption', severity: 'medium' },
  'job.networkIsolation': { title: 'Network isolation', severity: 'medium' },
  'job.vpc': { title: 'Runs in a VPC', severity: 'low' },
  'endpointConfig.kmsKey': { title: 'Endpoint storage KMS key', severity: 'medium' },
  'logGroup.kmsKey': { title: 'Log group KMS key', severity: 'low' },
  'logGroup.retention': { title: 'Log retention set', severity: 'medium' },
  'apiStage.tls': { title: 'TLS on the invoke URL', severity: 'high' },
  'apiStage.methodAuth': { title: 'Every method requires authorization', severity: 'high' },
  'apiStage.accessLogging': { title: 'Stage access logging', severity: 'medium' },
  'apiStage.clientCertificate': { title: 'Client certificate to the backend', severity: 'low' },
  'listener.tls': { title: 'Listener uses TLS (HTTPS/TLS)', severity: 'high' },
  'listener.sslPolicy': { title: 'TLS policy allows only TLS 1.2+', severity: 'medium' },
  'kmsKey.rotation': { title: 'Automatic key rotation', severity: 'medium' },
  'kmsKey.state': { title: 'Key enabled', severity: 'high' },
};

export interface Subject {
  resourceKind: PostureResourceKind;
  name: string;
  arn?: string;
}

export function finding(subject: Subject, check: PostureCheckId, status: PostureFindingStatus, evidence: string, fix?: PostureFix): PostureFindingRow {
  return {
    id: `${check}|${subject.arn ?? subject.name}`,
    resourceKind: subject.resourceKind,
    name: subject.name,
    ...(subject.arn ? { arn: subject.arn } : {}),
    check,
    title: CHECKS[check].title,
    status,
    severity: CHECKS[check].severity,
    evidence,
    ...(fix && status === 'fail' ? { fix } : {}),
  };
}

/** pass when `ok`, else fail with the fix. */
export const judged = (subject: Subject, check: PostureCheckId, ok: boolean, evidence: string, fix?: PostureFix) =>
  finding(subject, check, ok ? 'pass' : 'fail', evidence, fix);
