import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../electron/core/areas/roles/line-diff';
import { versionToDelete } from '../../../electron/core/areas/roles/policy-versions';
import { statementIndexAt } from '../../../electron/core/areas/roles/statement-positions';
import { buildSuggestion, repositoryArn } from '../../../electron/core/areas/roles/suggestion-builder';
import { emptyNeeds, type RoleNeeds } from '../../../electron/core/areas/roles/role-facts';

const ROLE = 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole';
const ctx = { roleArn: ROLE, region: 'us-east-1', accountId: '111122223333', keyArns: new Map([['arn:aws:kms:us-east-1:111122223333:alias/data', 'arn:aws:kms:us-east-1:111122223333:key/k1']]) };
const execution = (over: Partial<RoleNeeds>): RoleNeeds => ({ ...emptyNeeds(), uses: [{ kind: 'training-job', name: 'j' }], execution: true, ...over });
const statement = (needs: RoleNeeds, sid: string) => buildSuggestion(needs, ctx).document.Statement.find((s) => s.Sid === sid);

describe('least-privilege suggestion builder', () => {
  const needs = execution({
    reads: ['s3://data/raw/customers.csv', 's3://data/processed/train/', 's3://data/models/job-1/output/model.tar.gz'],
    writes: ['s3://data/processed/train/', 's3://data/processed/', 's3://data/models/'],
    images: ['683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1'],
    kmsKeys: ['arn:aws:kms:us-east-1:111122223333:alias/data', 'arn:aws:kms:us-east-1:111122223333:key/k2'],
  });

  it('grants reads and writes on the exact prefixes, a read under a written prefix covered by the write', () => {
    expect(statement(needs, 'ReadPipelineData')?.Resource).toEqual(['arn:aws:s3:::data/raw/customers.csv*']);
    expect(statement(needs, 'WritePipelineData')).toMatchObject({ Action: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'], Resource: ['arn:aws:s3:::data/models/*', 'arn:aws:s3:::data/processed/*'] });
  });

  it('lists a bucket only under its prefixes (s3:prefix condition)', () => {
    expect(statement(needs, 'Listdata')).toEqual({
      Sid: 'Listdata',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: ['arn:aws:s3:::data'],
      Condition: { StringLike: { 's3:prefix': ['models/*', 'processed/*', 'raw/customers.csv*'] } },
    });
  });

  it('pulls only its images, uses its keys by ARN, and passes only itself, only to SageMaker', () => {
    expect(statement(needs, 'PullImages')?.Resource).toEqual(['arn:aws:ecr:us-east-1:683313688378:repository/sagemaker-xgboost']);
    expect(statement(needs, 'UseDataKeys')?.Resource).toEqual(['arn:aws:kms:us-east-1:111122223333:key/k1', 'arn:aws:kms:us-east-1:111122223333:key/k2']);
    expect(statement(needs, 'PassOwnRoleToSageMaker')).toMatchObject({ Resource: [ROLE], Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } });
    expect(statement(needs, 'SageMakerLogs')?.Resource).toEqual(['arn:aws:logs:us-east-1:111122223333:log-group:/aws/sagemaker/*']);
  });

  it('has no wildcard action and no * resource except the actions that only take *', () => {
    const all = buildSuggestion(needs, ctx).document.Statement;
    expect(all.flatMap((s) => s.Action as string[]).filter((a) => a.endsWith('*'))).toEqual([]);
    expect(all.filter((s) => (s.Resource as string[]).includes('*')).flatMap((s) => s.Action)).toEqual(['cloudwatch:PutMetricData', 'ecr:GetAuthorizationToken']);
    expect(buildSuggestion(needs, ctx).reasons).toHaveLength(all.length);
  });

  it("gives a scheduler role its target's action and the PassRole its request needs", () => {
    const scheduler: RoleNeeds = {
      ...emptyNeeds(),
      uses: [{ kind: 'schedule', name: 'nightly' }],
      scheduleTargets: [{ arn: 'arn:aws:scheduler:::aws-sdk:sagemaker:createProcessingJob', input: JSON.stringify({ RoleArn: ROLE, Tags: [{ Key: 'a', Value: 'b' }] }) }],
    };
    const doc = buildSuggestion(scheduler, ctx).document.Statement;
    expect(doc.map((s) => s.Action)).toEqual([['sagemaker:CreateProcessingJob'], ['sagemaker:AddTags'], ['iam:PassRole']]);
    expect(doc[0]?.Resource).toEqual(['arn:aws:sagemaker:us-east-1:111122223333:processing-job/*']);
    expect(doc[2]).toMatchObject({ Resource: [ROLE], Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } });
  });

  it("gives an API role InvokeEndpoint on its integrations' endpoints only", () => {
    const api: RoleNeeds = { ...emptyNeeds(), uses: [{ kind: 'api', name: 'churn-api' }], invokeEndpoints: ['arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod'] };
    expect(buildSuggestion(api, ctx).document.Statement).toEqual([
      { Sid: 'InvokeEndpoints', Effect: 'Allow', Action: ['sagemaker:InvokeEndpoint'], Resource: ['arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod'] },
    ]);
  });

  it('reads repository ARNs from image URIs', () => {
    expect(repositoryArn('111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/churn@sha256:abc')).toBe('arn:aws:ecr:eu-west-1:111122223333:repository/team/churn');
    expect(repositoryArn('public.ecr.aws/x/y:1')).toBeUndefined();
  });
});

describe('line diff and statement positions', () => {
  it('marks removed and added lines and keeps the common ones', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
  });

  it('maps a line and column to the statement holding it, in pretty and compact documents', () => {
    const statements = [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Sid: 'Two', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }];
    const pretty = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
    const line = pretty.split('\n').findIndex((l) => l.includes('"Two"')) + 1;
    expect(statementIndexAt(pretty, line, 7)).toBe(1);
    const compact = JSON.stringify({ Statement: statements });
    expect(statementIndexAt(compact, 1, compact.indexOf('{"Effect"') + 1)).toBe(0);
    expect(statementIndexAt(compact, 1, compact.indexOf('{"Sid"') + 1)).toBe(1);
    expect(statementIndexAt(JSON.stringify({ Statement: statements[0] }), 1, 16)).toBe(0);
  });
});

describe('reads one by one', () => {
  it('grants a folder of daily files as the folder, and fewer files one by one', () => {
    const daily = execution({ reads: ['s3://data/raw/usage/2026-11-22.csv', 's3://data/raw/usage/2026-11-23.csv', 's3://data/raw/usage/2026-11-24.csv', 's3://data/code/a.py', 's3://data/code/b.py'] });
    expect(statement(daily, 'ReadPipelineData')?.Resource).toEqual(['arn:aws:s3:::data/code/a.py*', 'arn:aws:s3:::data/code/b.py*', 'arn:aws:s3:::data/raw/usage/*']);
  });
});

describe('room for a new policy version', () => {
  const version = (n: number, isDefault = false) => ({ VersionId: `v${n}`, IsDefaultVersion: isDefault, CreateDate: new Date(Date.UTC(2026, 0, n)) });

  it('deletes nothing below five versions, else the oldest that is not the default', () => {
    expect(versionToDelete([version(1, true), version(2), version(3), version(4)])).toBeUndefined();
    expect(versionToDelete([version(1, true), version(2), version(3), version(4), version(5)])).toBe('v2');
    expect(versionToDelete([version(1), version(2), version(3, true), version(4), version(5)])).toBe('v1');
  });
});
