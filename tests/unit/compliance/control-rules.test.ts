import { describe, expect, it } from 'vitest';
import { backupsTested, dataResidency, fromFindings, mfaOnProductionRoles } from '../../../electron/core/areas/compliance/control-rules';
import { assumableWithoutMfa, broadGrants } from '../../../electron/core/areas/compliance/policy-rules';
import { exportFileName, toCsv, toHtml } from '../../../electron/core/areas/compliance/report-export';
import { COMPLIANCE_STATEMENT, FRAMEWORKS_NOTE, type ComplianceReport } from '../../../shared/domain/compliance';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

describe('least privilege: broad grants', () => {
  it('finds wildcard actions, iam:PassRole on *, and NotAction, in plain or URL-encoded documents', () => {
    const policy = doc(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
      { Effect: 'Allow', Action: ['cloudwatch:PutMetricData'], Resource: '*' },
      { Effect: 'Deny', Action: '*', Resource: '*' },
    );
    expect(broadGrants(policy)).toEqual(['s3:* on *', 'iam:PassRole on *']);
    expect(broadGrants(encodeURIComponent(policy))).toEqual(['s3:* on *', 'iam:PassRole on *']);
    expect(broadGrants(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toEqual(['every action except iam:* on *']);
    expect(broadGrants(doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::1:role/r' }))).toEqual([]);
  });
});

describe('MFA on production roles', () => {
  it('lets a person assume the role without MFA unless a condition requires it; services need none', () => {
    const root = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' };
    expect(assumableWithoutMfa(doc(root))).toEqual(['arn:aws:iam::111122223333:root']);
    expect(assumableWithoutMfa(doc({ ...root, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }))).toEqual([]);
    expect(assumableWithoutMfa(doc({ ...root, Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } }))).toEqual([]);
    expect(assumableWithoutMfa(doc({ ...root, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }))).toEqual(['arn:aws:iam::111122223333:root']);
    expect(assumableWithoutMfa(doc({ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }))).toEqual([]);
  });

  it('checks only roles tagged environment=production', () => {
    const role = (name: string, env: string, trust: object) => ({ RoleName: name, Tags: [{ Key: 'environment', Value: env }], AssumeRolePolicyDocument: doc(trust) });
    const open = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: 'sts:AssumeRole' };
    const control = mfaOnProductionRoles({ ok: true, value: { roles: [role('deployer', 'production', open), role('dev', 'dev', open)], policies: new Map() } });
    expect(control).toMatchObject({ status: 'fail', evidence: [expect.stringMatching(/^deployer \(environment=production\): trust policy lets arn:aws:iam::1:root/)] });
  });
});

describe('backups tested, data regions, controls from findings', () => {
  it('fails a plan without a restore in the window, and no plan at all', () => {
    expect(backupsTested({ ok: true, value: [{ planId: 'p', planName: 'daily', lastRestore: '2026-12-01T00:00:00.000Z' }] }).status).toBe('pass');
    expect(backupsTested({ ok: true, value: [{ planId: 'p', planName: 'daily' }] }).status).toBe('fail');
    expect(backupsTested({ ok: true, value: [] }).evidence).toEqual(['ListBackupPlans: no backup plan → fail']);
    expect(backupsTested({ ok: false, notRun: { service: 'backup', operation: 'ListBackupPlans', cause: 'access denied (backup:ListBackupPlans)' } }).status).toBe('unknown');
  });

  it('fails a bucket outside the chosen regions and leaves an unread location unknown', () => {
    expect(dataResidency([{ name: 'a', region: 'us-east-1' }], ['us-east-1']).status).toBe('pass');
    expect(dataResidency([{ name: 'a', region: 'us-east-1' }, { name: 'b' }], ['eu-west-1']).status).toBe('fail');
    expect(dataResidency([{ name: 'b' }], ['eu-west-1']).status).toBe('unknown');
  });

  it('is unknown when a finding could not be checked and none failed', () => {
    const f = (status: 'pass' | 'unknown') => ({ id: status, resourceKind: 'logGroup' as const, name: 'g', check: 'logGroup.retention' as const, title: '', status, severity: 'medium' as const, evidence: 'e' });
    expect(fromFindings('logRetention', [f('pass'), f('unknown')]).status).toBe('unknown');
    expect(fromFindings('logRetention', [f('pass')]).status).toBe('pass');
    expect(fromFindings('logRetention', []).summary).toBe('Nothing was found to check.');
  });
});

describe('export', () => {
  const report: ComplianceReport = {
    generatedAt: '2026-12-06T10:05:00.000Z',
    profile: 'sandbox',
    region: 'us-east-1',
    accountId: '111122223333',
    chosenRegions: ['us-east-1'],
    controls: [{ id: 'encryptionAtRest', title: 'Encryption at rest', status: 'fail', summary: 'a, "b"', evidence: ['x <y> → fail', 'z → pass'], frameworks: [{ framework: 'PCI DSS', reference: '3.5' }] }],
    checksNotRun: [],
    statement: COMPLIANCE_STATEMENT,
    frameworksNote: FRAMEWORKS_NOTE,
  };

  it('quotes CSV cells with commas, quotes and line breaks, and escapes HTML', () => {
    const csv = toCsv(report);
    expect(csv).toContain('Encryption at rest,Fail,"a, ""b""",PCI DSS 3.5,"x <y> → fail\nz → pass"');
    expect(csv.startsWith('Account,111122223333\r\nRegion,us-east-1\r\nProfile,sandbox\r\nGenerated,2026-12-06T10:05:00.000Z')).toBe(true);
    const html = toHtml(report);
    expect(html).toContain('x &#60;y&#62; → fail');
    expect(html).toContain(COMPLIANCE_STATEMENT);
    expect(exportFileName(report)).toBe('sagedeck-compliance-111122223333-us-east-1-20261206T1005Z');
  });
});
