import {
  CreatePolicyVersionCommand,
  GetAccountAuthorizationDetailsCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
  ListRolesCommand,
  PutRolePolicyCommand,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, iamError, startIamSandbox, type IamSandbox } from './iam-harness';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/SageDeckDemoSageMakerRole`;
const ACCESS = `arn:aws:iam::${ACCOUNT}:policy/SageDeckDemoSageMakerAccess`;

describe('IAM demo seed and the policy simulator', () => {
  let s: IamSandbox;
  beforeEach(async () => {
    s = await startIamSandbox('demo');
  });
  afterEach(async () => {
    await s.stop();
  });

  const simulate = async (actions: string[], resources?: string[], extra: Record<string, unknown> = {}) =>
    (await s.iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: ROLE, ActionNames: actions, ResourceArns: resources, ...extra }))).EvaluationResults ?? [];

  it('seeds the four demo roles with their policies', async () => {
    const roles = (await s.iam.send(new ListRolesCommand({}))).Roles?.map((r) => r.RoleName);
    expect(roles).toEqual(['SageDeckDemoSageMakerRole', 'churn-api-invoke', 'SageDeckDemoSchedulerRole', 'churn-prod-deployer']);
    expect((await s.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'SageDeckDemoSageMakerRole' }))).AttachedPolicies).toEqual([
      { PolicyName: 'SageDeckDemoSageMakerAccess', PolicyArn: ACCESS },
    ]);
    const api = (await s.iam.send(new GetRoleCommand({ RoleName: 'churn-api-invoke' }))).Role;
    expect(api?.PermissionsBoundary?.PermissionsBoundaryArn).toBe(`arn:aws:iam::${ACCOUNT}:policy/SageDeckBoundary`);
    expect(api?.RoleLastUsed?.Region).toBe('us-east-1');
    const deployer = (await s.iam.send(new GetRoleCommand({ RoleName: 'churn-prod-deployer' }))).Role;
    expect(JSON.parse(decodeURIComponent(deployer?.AssumeRolePolicyDocument ?? '')).Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'sts:AssumeRole',
    });
    expect(deployer?.Tags).toEqual([{ Key: 'environment', Value: 'production' }]);
    expect(deployer?.RoleLastUsed).toEqual({});
  });

  it('GetAccountAuthorizationDetails lists roles with every policy, filtered and paged', async () => {
    const all = await s.iam.send(new GetAccountAuthorizationDetailsCommand({}));
    const role = all.RoleDetailList?.find((r) => r.RoleName === 'SageDeckDemoSageMakerRole');
    expect(role?.RolePolicyList?.map((p) => p.PolicyName)).toEqual(['sagemaker-jobs']);
    expect(decodeURIComponent(role?.RolePolicyList?.[0]?.PolicyDocument ?? '')).toContain('sagemaker:CreateTrainingJob');
    expect(role?.AttachedManagedPolicies).toEqual([{ PolicyName: 'SageDeckDemoSageMakerAccess', PolicyArn: ACCESS }]);
    expect(role?.InstanceProfileList).toEqual([]);
    expect(role?.Tags).toEqual([{ Key: 'project', Value: 'churn' }]);
    // AWS managed policies appear while in use: the deployer's AmazonSageMakerFullAccess.
    expect(all.Policies?.map((p) => p.PolicyName).sort()).toEqual(['AmazonSageMakerFullAccess', 'SageDeckBoundary', 'SageDeckDemoSageMakerAccess']);
    const access = all.Policies?.find((p) => p.Arn === ACCESS);
    expect(access?.PolicyVersionList?.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([['v1', true]]);
    expect(decodeURIComponent(access?.PolicyVersionList?.[0]?.Document ?? '')).toContain('"s3:*"');

    const onlyRoles = await s.iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'], MaxItems: 3 }));
    expect([onlyRoles.RoleDetailList?.length, onlyRoles.Policies?.length, onlyRoles.IsTruncated]).toEqual([3, 0, true]);
    const last = await s.iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'], Marker: onlyRoles.Marker }));
    expect(last.RoleDetailList?.map((r) => r.RoleName)).toEqual(['churn-prod-deployer']);
    const aws = await s.iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['AWSManagedPolicy'] }));
    expect(aws.Policies?.map((p) => p.PolicyName)).toEqual(['AmazonSageMakerFullAccess']);
  });

  it('finds the execution role too broad, lets an explicit deny win and narrows it with a new default version', async () => {
    const [broad] = await simulate(['s3:DeleteBucket'], ['arn:aws:s3:::any-bucket-at-all']);
    expect(broad).toMatchObject({
      EvalActionName: 's3:DeleteBucket',
      EvalResourceName: 'arn:aws:s3:::any-bucket-at-all',
      EvalDecision: 'allowed',
      MatchedStatements: [{ SourcePolicyId: 'SageDeckDemoSageMakerAccess', SourcePolicyType: 'user-managed' }],
    });

    await s.iam.send(new PutRolePolicyCommand({ RoleName: 'SageDeckDemoSageMakerRole', PolicyName: 'no-bucket-deletes', PolicyDocument: doc({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }) }));
    const [denied] = await simulate(['s3:DeleteBucket'], ['arn:aws:s3:::any-bucket-at-all']);
    expect(denied).toMatchObject({ EvalDecision: 'explicitDeny', MatchedStatements: [{ SourcePolicyId: 'no-bucket-deletes', SourcePolicyType: 'role' }] });

    const narrow = doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::sagedeck-demo-churn-data/*' });
    await s.iam.send(new CreatePolicyVersionCommand({ PolicyArn: ACCESS, PolicyDocument: narrow, SetAsDefault: true }));
    const results = await simulate(['s3:DeleteBucket', 's3:GetObject'], ['arn:aws:s3:::other-bucket', 'arn:aws:s3:::sagedeck-demo-churn-data/raw/customers.csv'], {
      PolicyInputList: [],
    });
    expect(results.map((r) => [r.EvalActionName, r.EvalResourceName, r.EvalDecision])).toEqual([
      ['s3:DeleteBucket', 'arn:aws:s3:::other-bucket', 'explicitDeny'],
      ['s3:DeleteBucket', 'arn:aws:s3:::sagedeck-demo-churn-data/raw/customers.csv', 'explicitDeny'],
      ['s3:GetObject', 'arn:aws:s3:::other-bucket', 'implicitDeny'],
      ['s3:GetObject', 'arn:aws:s3:::sagedeck-demo-churn-data/raw/customers.csv', 'allowed'],
    ]);
  });

  it('is implicitDeny for the same call once the managed policy is narrowed (no inline deny)', async () => {
    await s.iam.send(new CreatePolicyVersionCommand({ PolicyArn: ACCESS, PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::sagedeck-demo-churn-data/*' }), SetAsDefault: true }));
    const [narrowed] = await simulate(['s3:DeleteBucket'], ['arn:aws:s3:::any-bucket-at-all']);
    expect(narrowed).toMatchObject({ EvalDecision: 'implicitDeny', MatchedStatements: [] });
  });

  it('honours context entries, extra documents and the permissions boundary', async () => {
    const scheduler = `arn:aws:iam::${ACCOUNT}:role/SageDeckDemoSchedulerRole`;
    const pass = async (service?: string) =>
      (
        await s.iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: scheduler,
            ActionNames: ['iam:PassRole'],
            ResourceArns: [ROLE],
            ContextEntries: service ? [{ ContextKeyName: 'iam:PassedToService', ContextKeyValues: [service], ContextKeyType: 'string' }] : undefined,
          }),
        )
      ).EvaluationResults?.[0];
    expect((await pass('sagemaker.amazonaws.com'))?.EvalDecision).toBe('allowed');
    expect((await pass('ec2.amazonaws.com'))?.EvalDecision).toBe('implicitDeny');
    expect((await pass())?.MissingContextValues).toEqual(['iam:PassedToService']);

    const api = `arn:aws:iam::${ACCOUNT}:role/churn-api-invoke`;
    const extra = doc({ Effect: 'Allow', Action: ['s3:DeleteObject', 'sagemaker:DescribeEndpoint'], Resource: '*' });
    const results = (await s.iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: api, ActionNames: ['sagemaker:InvokeEndpoint', 's3:DeleteObject', 'sagemaker:DescribeEndpoint'], ResourceArns: ['arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn-prod'], PolicyInputList: [extra] }))).EvaluationResults ?? [];
    expect(results.map((r) => [r.EvalActionName, r.EvalDecision, r.PermissionsBoundaryDecisionDetail?.AllowedByPermissionsBoundary])).toEqual([
      ['sagemaker:InvokeEndpoint', 'allowed', true],
      ['s3:DeleteObject', 'implicitDeny', false],
      ['sagemaker:DescribeEndpoint', 'allowed', true],
    ]);
    expect(results[2]?.MatchedStatements).toEqual([{ SourcePolicyId: 'PolicyInputList.1', SourcePolicyType: 'none' }]);

    const missing = await iamError(s.iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: `arn:aws:iam::${ACCOUNT}:role/nope`, ActionNames: ['s3:GetObject'] })));
    expect(missing.name).toBe('NoSuchEntityException');
  });

  it('SimulateCustomPolicy evaluates the given documents and pages its results', async () => {
    const policy = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } });
    const first = await s.iam.send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [policy],
        ActionNames: ['s3:GetObject', 's3:PutObject', 'iam:CreateRole'],
        ContextEntries: [{ ContextKeyName: 'aws:SecureTransport', ContextKeyValues: ['true'], ContextKeyType: 'boolean' }],
        MaxItems: 2,
      }),
    );
    expect(first.EvaluationResults?.map((r) => r.EvalDecision)).toEqual(['allowed', 'allowed']);
    expect(first.IsTruncated).toBe(true);
    const rest = await s.iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: [policy], ActionNames: ['s3:GetObject', 's3:PutObject', 'iam:CreateRole'], Marker: first.Marker }));
    expect(rest.EvaluationResults?.map((r) => [r.EvalActionName, r.EvalDecision])).toEqual([['iam:CreateRole', 'implicitDeny']]);
    const bad = await iamError(s.iam.send(new SimulateCustomPolicyCommand({ PolicyInputList: ['{'], ActionNames: ['s3:GetObject'] })));
    expect(bad.name).toBe('MalformedPolicyDocumentException');
  });
});
