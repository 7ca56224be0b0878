import { describe, expect, it } from 'vitest';
import { evaluate, statementsOf, type Decision, type Policy } from '../../../electron/sandbox/services/iam/evaluator';

const policy = (id: string, ...statements: unknown[]): Policy => ({ id, type: 'none', statements: statementsOf({ Version: '2012-10-17', Statement: statements }) });
const allow = (extra: Record<string, unknown>) => ({ Effect: 'Allow', ...extra });
const deny = (extra: Record<string, unknown>) => ({ Effect: 'Deny', ...extra });
const BUCKET = 'arn:aws:s3:::sagedeck-demo-churn-data';
const OBJECT = `${BUCKET}/raw/customers.csv`;

interface Case {
  name: string;
  statements: unknown[];
  action: string;
  resource?: string;
  context?: Record<string, string[]>;
  expected: Decision;
}

const cases: Case[] = [
  { name: 'no statement applies: implicit deny', statements: [allow({ Action: 's3:GetObject', Resource: '*' })], action: 's3:PutObject', expected: 'implicitDeny' },
  { name: 'exact action allowed', statements: [allow({ Action: 's3:GetObject', Resource: OBJECT })], action: 's3:GetObject', resource: OBJECT, expected: 'allowed' },
  { name: 'explicit deny beats allow', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:DeleteBucket', Resource: '*' })], action: 's3:DeleteBucket', resource: BUCKET, expected: 'explicitDeny' },
  { name: 'action wildcard * matches', statements: [allow({ Action: 's3:*', Resource: '*' })], action: 's3:DeleteBucket', expected: 'allowed' },
  { name: 'action compare ignores case', statements: [allow({ Action: 'S3:getobject', Resource: '*' })], action: 's3:GetObject', expected: 'allowed' },
  { name: 'action ? matches one character', statements: [allow({ Action: 's3:Get?bject', Resource: '*' })], action: 's3:GetObject', expected: 'allowed' },
  { name: 'action ? does not match two characters', statements: [allow({ Action: 's3:Get?ject', Resource: '*' })], action: 's3:GetObject', expected: 'implicitDeny' },
  { name: 'resource compare is case-sensitive', statements: [allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::SageDeck-demo-churn-data/*' })], action: 's3:GetObject', resource: OBJECT, expected: 'implicitDeny' },
  { name: 'resource wildcard matches a key prefix', statements: [allow({ Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` })], action: 's3:GetObject', resource: OBJECT, expected: 'allowed' },
  { name: 'NotAction allows what it does not list', statements: [allow({ NotAction: 'iam:*', Resource: '*' })], action: 's3:GetObject', expected: 'allowed' },
  { name: 'NotAction leaves out what it lists', statements: [allow({ NotAction: 'iam:*', Resource: '*' })], action: 'iam:CreateRole', expected: 'implicitDeny' },
  { name: 'NotResource denies everywhere but the listed', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] })], action: 's3:GetObject', resource: 'arn:aws:s3:::other/x', expected: 'explicitDeny' },
  { name: 'NotResource spares the listed', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] })], action: 's3:GetObject', resource: OBJECT, expected: 'allowed' },
  { name: 'Bool aws:SecureTransport false denies plain HTTP', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })], action: 's3:GetObject', context: { 'aws:SecureTransport': ['false'] }, expected: 'explicitDeny' },
  { name: 'Bool aws:SecureTransport true passes', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })], action: 's3:GetObject', context: { 'aws:securetransport': ['true'] }, expected: 'allowed' },
  { name: 'IpAddress inside the CIDR', statements: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/16' } } })], action: 's3:GetObject', context: { 'aws:SourceIp': ['10.0.42.7'] }, expected: 'allowed' },
  { name: 'IpAddress outside the CIDR', statements: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/16' } } })], action: 's3:GetObject', context: { 'aws:SourceIp': ['10.1.0.1'] }, expected: 'implicitDeny' },
  { name: 'NotIpAddress denies outside the office', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.9'] } } })], action: 's3:GetObject', context: { 'aws:SourceIp': ['198.51.100.1'] }, expected: 'explicitDeny' },
  { name: 'Bool aws:MultiFactorAuthPresent required and present', statements: [allow({ Action: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })], action: 'iam:CreateRole', context: { 'aws:MultiFactorAuthPresent': ['true'] }, expected: 'allowed' },
  { name: 'Bool aws:MultiFactorAuthPresent missing: no allow', statements: [allow({ Action: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })], action: 'iam:CreateRole', expected: 'implicitDeny' },
  { name: 'BoolIfExists passes when the key is absent', statements: [allow({ Action: 'iam:*', Resource: '*' }), deny({ Action: 'iam:*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })], action: 'iam:CreateRole', expected: 'explicitDeny' },
  { name: 'StringEquals aws:RequestTag matches', statements: [allow({ Action: 'sagemaker:CreateTrainingJob', Resource: '*', Condition: { StringEquals: { 'aws:RequestTag/project': 'churn' } } })], action: 'sagemaker:CreateTrainingJob', context: { 'aws:RequestTag/project': ['churn'] }, expected: 'allowed' },
  { name: 'StringEquals is case-sensitive on values', statements: [allow({ Action: 'sagemaker:CreateTrainingJob', Resource: '*', Condition: { StringEquals: { 'aws:RequestTag/project': 'churn' } } })], action: 'sagemaker:CreateTrainingJob', context: { 'aws:RequestTag/project': ['Churn'] }, expected: 'implicitDeny' },
  { name: 'StringEqualsIgnoreCase ignores case', statements: [allow({ Action: 'sagemaker:CreateTrainingJob', Resource: '*', Condition: { StringEqualsIgnoreCase: { 'aws:RequestTag/project': 'churn' } } })], action: 'sagemaker:CreateTrainingJob', context: { 'aws:RequestTag/project': ['CHURN'] }, expected: 'allowed' },
  { name: 'StringNotEquals holds when the key is absent', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:PutObject', Resource: '*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } })], action: 's3:PutObject', expected: 'explicitDeny' },
  { name: 'StringLike s3:prefix with several values is an OR', statements: [allow({ Action: 's3:ListBucket', Resource: BUCKET, Condition: { StringLike: { 's3:prefix': ['raw/*', 'processed/*'] } } })], action: 's3:ListBucket', resource: BUCKET, context: { 's3:prefix': ['processed/train/'] }, expected: 'allowed' },
  { name: 'StringNotLike s3:prefix denies other prefixes', statements: [allow({ Action: 's3:ListBucket', Resource: '*' }), deny({ Action: 's3:ListBucket', Resource: '*', Condition: { StringNotLike: { 's3:prefix': ['raw/*', 'processed/*'] } } })], action: 's3:ListBucket', context: { 's3:prefix': ['models/'] }, expected: 'explicitDeny' },
  { name: 'iam:PassedToService allows PassRole to SageMaker', statements: [allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } })], action: 'iam:PassRole', context: { 'iam:PassedToService': ['sagemaker.amazonaws.com'] }, expected: 'allowed' },
  { name: 'iam:PassedToService refuses another service', statements: [allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } })], action: 'iam:PassRole', context: { 'iam:PassedToService': ['ec2.amazonaws.com'] }, expected: 'implicitDeny' },
  { name: 'two keys must both hold (AND)', statements: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })], action: 's3:GetObject', context: { 'aws:SecureTransport': ['true'], 'aws:SourceIp': ['192.0.2.1'] }, expected: 'implicitDeny' },
  { name: 'ForAnyValue:StringEquals on tag keys', statements: [deny({ Action: 'sagemaker:AddTags', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner', 'cost-center'] } } }), allow({ Action: 'sagemaker:*', Resource: '*' })], action: 'sagemaker:AddTags', context: { 'aws:TagKeys': ['project', 'owner'] }, expected: 'explicitDeny' },
  { name: 'ForAllValues:StringEquals refuses an unlisted key', statements: [allow({ Action: 'sagemaker:AddTags', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['project', 'team'] } } })], action: 'sagemaker:AddTags', context: { 'aws:TagKeys': ['project', 'owner'] }, expected: 'implicitDeny' },
  { name: 'ForAllValues holds for an absent key', statements: [allow({ Action: 'sagemaker:AddTags', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['project'] } } })], action: 'sagemaker:AddTags', expected: 'allowed' },
  { name: 'NumericLessThan', statements: [allow({ Action: 's3:ListBucket', Resource: '*', Condition: { NumericLessThanEquals: { 's3:max-keys': '100' } } })], action: 's3:ListBucket', context: { 's3:max-keys': ['50'] }, expected: 'allowed' },
  { name: 'NumericGreaterThan refuses a smaller value', statements: [allow({ Action: 's3:ListBucket', Resource: '*', Condition: { NumericGreaterThan: { 's3:max-keys': '100' } } })], action: 's3:ListBucket', context: { 's3:max-keys': ['50'] }, expected: 'implicitDeny' },
  { name: 'DateLessThan before the cut-off', statements: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } } })], action: 's3:GetObject', context: { 'aws:CurrentTime': ['2026-12-06T00:00:00Z'] }, expected: 'allowed' },
  { name: 'DateGreaterThan with epoch seconds', statements: [allow({ Action: 's3:GetObject', Resource: '*', Condition: { DateGreaterThan: { 'aws:EpochTime': '1800000000' } } })], action: 's3:GetObject', context: { 'aws:EpochTime': ['1700000000'] }, expected: 'implicitDeny' },
  { name: 'Null true matches an absent key', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:PutObject', Resource: '*', Condition: { Null: { 'aws:RequestTag/project': 'true' } } })], action: 's3:PutObject', expected: 'explicitDeny' },
  { name: 'Null true does not match a present key', statements: [allow({ Action: 's3:*', Resource: '*' }), deny({ Action: 's3:PutObject', Resource: '*', Condition: { Null: { 'aws:RequestTag/project': 'true' } } })], action: 's3:PutObject', context: { 'aws:RequestTag/project': ['churn'] }, expected: 'allowed' },
  { name: 'ArnLike on aws:SourceArn', statements: [allow({ Action: 'sagemaker:InvokeEndpoint', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:*/prod/*' } } })], action: 'sagemaker:InvokeEndpoint', context: { 'aws:SourceArn': ['arn:aws:execute-api:us-east-1:111122223333:abc123/prod/POST/predict'] }, expected: 'allowed' },
  { name: 'ArnEquals refuses another account', statements: [allow({ Action: 'sagemaker:InvokeEndpoint', Resource: '*', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:*' } } })], action: 'sagemaker:InvokeEndpoint', context: { 'aws:SourceArn': ['arn:aws:execute-api:us-east-1:444455556666:abc123/prod'] }, expected: 'implicitDeny' },
];

describe('the IAM policy evaluator', () => {
  it.each(cases)('$name', ({ statements, action, resource, context, expected }) => {
    const result = evaluate({ action, resource: resource ?? '*', context: context ?? {} }, [policy('P', ...statements)]);
    expect(result.decision).toBe(expected);
  });

  it('names the statements that decided and the context keys it lacked', () => {
    const p = policy('SageDeckDemoSageMakerAccess', allow({ Action: 's3:*', Resource: '*' }), allow({ Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }));
    const result = evaluate({ action: 's3:GetObject', resource: OBJECT, context: {} }, [p]);
    expect(result.matched).toEqual([{ policyId: 'SageDeckDemoSageMakerAccess', policyType: 'none', index: 0 }]);
    expect(result.missingContextValues).toEqual(['aws:SecureTransport']);
  });

  it('a permissions boundary limits what the identity policies allow', () => {
    const identity = [policy('id', allow({ Action: ['s3:*', 'sagemaker:*'], Resource: '*' }))];
    const boundary = [policy('boundary', allow({ Action: ['sagemaker:*', 's3:Get*'], Resource: '*' }))];
    const del = evaluate({ action: 's3:DeleteBucket', resource: BUCKET, context: {} }, identity, boundary);
    expect(del).toMatchObject({ decision: 'implicitDeny', allowedByBoundary: false });
    const get = evaluate({ action: 's3:GetObject', resource: OBJECT, context: {} }, identity, boundary);
    expect(get).toMatchObject({ decision: 'allowed', allowedByBoundary: true });
    // The boundary alone grants nothing.
    const iam = evaluate({ action: 'sagemaker:CreateEndpoint', resource: '*', context: {} }, [], boundary);
    expect(iam).toMatchObject({ decision: 'implicitDeny', allowedByBoundary: true });
  });
});
