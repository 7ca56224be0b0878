import type { postureRequests, postureStreams } from '../../../../shared/contract/posture';
import type { PostureFindingRow, PostureReport } from '../../../../shared/domain/posture';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

export function postureFinding(overrides: Partial<PostureFindingRow> & Pick<PostureFindingRow, 'name' | 'check' | 'status'>): PostureFindingRow {
  return { id: `${overrides.check}|${overrides.name}`, resourceKind: 'bucket', title: overrides.check, severity: 'medium', evidence: 'read', ...overrides };
}

/** The demo's telling findings: the HTTP listener, the access-logs bucket on SSE-S3, the endpoint key without rotation, the data bucket passing. */
export function demoPostureFindings(): PostureFindingRow[] {
  return [
    postureFinding({ resourceKind: 'listener', name: 'churn-internal-alb HTTP:80', check: 'listener.tls', title: 'Listener uses TLS (HTTPS/TLS)', status: 'fail', severity: 'high', evidence: 'DescribeListeners: HTTP:80', fix: { action: 'Add an HTTPS listener.', link: { area: 'loadBalancer', name: 'churn-internal-alb' } } }),
    postureFinding({ resourceKind: 'kmsKey', name: 'alias/sagedeck-demo-endpoint', check: 'kmsKey.rotation', title: 'Automatic key rotation', status: 'fail', evidence: 'GetKeyRotationStatus: KeyRotationEnabled false', fix: { action: 'aws kms enable-key-rotation --key-id 1234' } }),
    postureFinding({ name: 'sagedeck-demo-access-logs', check: 'bucket.kmsEncryption', title: 'Encrypted with a KMS key (SSE-KMS)', status: 'fail', severity: 'low', evidence: 'GetBucketEncryption: SSE-S3 (AES256)', fix: { action: 'Encrypt with SSE-KMS.', link: { area: 'bucket', bucket: 'sagedeck-demo-access-logs' } } }),
    postureFinding({ resourceKind: 'logGroup', name: '/aws/sagemaker/TrainingJobs', check: 'logGroup.kmsKey', title: 'Log group KMS key', status: 'unknown', severity: 'low', evidence: 'Could not run: this endpoint has no DescribeLogGroups operation.' }),
    postureFinding({ name: 'sagedeck-demo-churn-data', check: 'bucket.kmsEncryption', title: 'Encrypted with a KMS key (SSE-KMS)', status: 'pass', severity: 'low', evidence: 'GetBucketEncryption: SSE-KMS' }),
  ];
}

/** posture.*: Encryption and network posture across the pipeline (buckets, jobs, endpoint configs, log groups, API stages, listeners, KMS keys). */
export class FakePosture {
  findings: PostureFindingRow[] = demoPostureFindings();
  checksNotRun: PostureReport['checksNotRun'] = [];
  reads = 0;

  readonly requests: RequestHandlersOf<typeof postureRequests> = {
    'posture.report': () => {
      this.reads += 1;
      const counts = { pass: 0, fail: 0, unknown: 0 };
      for (const f of this.findings) counts[f.status] += 1;
      return Promise.resolve({ generatedAt: '2026-12-06T10:00:00.000Z', findings: this.findings, counts, checksNotRun: this.checksNotRun, notices: [] });
    },
  };
  readonly streams: StreamHandlersOf<typeof postureStreams> = {};
}
