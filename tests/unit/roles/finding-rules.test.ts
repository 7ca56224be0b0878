import { describe, expect, it } from 'vitest';
import { roleFindings } from '../../../electron/core/areas/roles/finding-rules';
import { emptyNeeds, type RoleNeeds, type RoleRecord } from '../../../electron/core/areas/roles/role-facts';

const ACCOUNT = '111122223333';
const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const serviceTrust = doc({ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' });

function role(overrides: Partial<RoleRecord> & { policy?: string } = {}): RoleRecord {
  const { policy, ...rest } = overrides;
  return {
    name: 'r',
    arn: `arn:aws:iam::${ACCOUNT}:role/r`,
    path: '/',
    trust: serviceTrust,
    boundaryArn: `arn:aws:iam::${ACCOUNT}:policy/Boundary`,
    inline: [],
    attached: policy ? [{ arn: `arn:aws:iam::${ACCOUNT}:policy/P`, name: 'P', defaultVersionId: 'v3', document: policy, awsManaged: false }] : [],
    ...rest,
  };
}

const used = (over: Partial<RoleNeeds> = {}): RoleNeeds => ({ ...emptyNeeds(), uses: [{ kind: 'training-job', name: 'job' }], execution: true, ...over });
const kinds = (r: RoleRecord, needs?: RoleNeeds) => roleFindings(r, needs).map((f) => f.kind);

describe('role finding rules', () => {
  it('names the policy, version and statement a wildcard action comes from', () => {
    const findings = roleFindings(role({ policy: doc({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:*' }, { Sid: 'All', Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }) }));
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'wildcard-action', severity: 'high', source: { policyKind: 'managed', policyName: 'P', policyArn: `arn:aws:iam::${ACCOUNT}:policy/P`, versionId: 'v3', statementIndex: 1, sid: 'All' } }),
    ]);
  });

  it('flags * resources except on actions that have no resource-level permissions', () => {
    expect(kinds(role({ policy: doc({ Effect: 'Allow', Action: ['cloudwatch:PutMetricData', 'ecr:GetAuthorizationToken'], Resource: '*' }) }))).toEqual([]);
    expect(kinds(role({ policy: doc({ Effect: 'Allow', Action: ['ecr:BatchGetImage'], Resource: '*' }) }))).toEqual(['wildcard-resource']);
  });

  it('flags iam:PassRole on * unless an iam:PassedToService condition limits it', () => {
    expect(kinds(role({ policy: doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }) }))).toEqual(['passrole-any']);
    expect(kinds(role({ policy: doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }) }))).toEqual([]);
    // `*` as the action covers PassRole too.
    expect(kinds(role({ policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }))).toEqual(['wildcard-action', 'passrole-any', 'wildcard-resource']);
  });

  it('ignores Deny statements', () => {
    expect(kinds(role({ policy: doc({ Effect: 'Deny', Action: '*', Resource: '*' }) }))).toEqual([]);
  });

  it('flags a role without a permissions boundary as low', () => {
    expect(roleFindings(role({ boundaryArn: undefined }))).toEqual([expect.objectContaining({ kind: 'no-boundary', severity: 'low' })]);
  });

  it("flags a trust in the account root without MFA, not with the MFA condition or a service's trust", () => {
    const root = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' };
    expect(roleFindings(role({ trust: doc(root) }))).toEqual([expect.objectContaining({ kind: 'root-trust-without-mfa', severity: 'high', source: expect.objectContaining({ policyKind: 'trust', statementIndex: 0 }) })]);
    expect(kinds(role({ trust: doc({ ...root, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }))).toEqual([]);
    expect(kinds(role({ trust: doc({ ...root, Principal: { AWS: ACCOUNT } }) }))).toEqual(['root-trust-without-mfa']);
  });

  it('flags S3 access beyond the buckets the pipeline uses, only for a role the pipeline uses', () => {
    const policy = doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::data/raw/*', 'arn:aws:s3:::other/*'] });
    const needs = used({ reads: ['s3://data/raw/x.csv'] });
    const findings = roleFindings(role({ policy }), needs);
    expect(findings).toEqual([expect.objectContaining({ kind: 'unused-permissions', severity: 'medium', title: expect.stringContaining('other') })]);
    expect(findings[0]?.title).toContain('only data');
    expect(kinds(role({ policy }), emptyNeeds())).toEqual([]);
    expect(kinds(role({ policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/raw/*' }) }), needs)).toEqual([]);
  });

  it('reports the demo execution role: s3:* and PassRole * high, then the medium ones, then the missing boundary', () => {
    const demo = role({
      boundaryArn: undefined,
      policy: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }, { Effect: 'Allow', Action: 'cloudwatch:PutMetricData', Resource: '*' }),
    });
    expect(roleFindings(demo, used({ reads: ['s3://sagedeck-demo-churn-data/processed/train/'] })).map((f) => `${f.severity} ${f.kind} ${f.source?.statementIndex ?? '-'}`)).toEqual([
      'high wildcard-action 0',
      'high passrole-any 1',
      'medium wildcard-resource 0',
      'medium unused-permissions 0',
      'low no-boundary -',
    ]);
  });
});
