import { ListRolesCommand, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startIamSandbox, type IamSandbox } from './iam-harness';
import { runAwsCli } from './support';

const ROLE = 'arn:aws:iam::111122223333:role/SageDeckDemoSageMakerRole';

describe('the Debian AWS CLI drives IAM next to the SDK', () => {
  let s: IamSandbox;
  beforeEach(async () => {
    s = await startIamSandbox('demo');
  });
  afterEach(async () => {
    await s.stop();
  });

  const run = (...args: string[]) => runAwsCli(['iam', ...args], { endpoint: s.sandbox.endpoint, ...s.sandbox.credentials });
  const aws = async <T>(...args: string[]): Promise<T> => {
    const result = await run(...args);
    if (result.code !== 0) throw new Error(`aws iam ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
    return JSON.parse(result.stdout) as T;
  };

  it('list-roles answers what the SDK sees, with the trust policy decoded by the CLI', async () => {
    const cli = await aws<{ Roles: { RoleName: string; Arn: string; AssumeRolePolicyDocument: unknown }[] }>('list-roles');
    const sdk = (await s.iam.send(new ListRolesCommand({}))).Roles ?? [];
    expect(cli.Roles.map((r) => [r.RoleName, r.Arn])).toEqual(sdk.map((r) => [r.RoleName, r.Arn]));
    // The SDK hands the URL-encoded text through; the CLI decodes policy documents into JSON.
    expect(cli.Roles[0]?.AssumeRolePolicyDocument).toEqual(JSON.parse(decodeURIComponent(sdk[0]?.AssumeRolePolicyDocument ?? '')));
    expect(cli.Roles[0]?.AssumeRolePolicyDocument).toMatchObject({ Statement: [{ Principal: { Service: 'sagemaker.amazonaws.com' } }] });
  });

  it('get-account-authorization-details shows the over-broad managed policy', async () => {
    const details = await aws<{ Policies: { PolicyName: string; PolicyVersionList: { Document: { Statement: { Action: unknown }[] }; IsDefaultVersion: boolean }[] }[] }>(
      'get-account-authorization-details',
      '--filter',
      'LocalManagedPolicy',
    );
    const access = details.Policies.find((p) => p.PolicyName === 'SageDeckDemoSageMakerAccess');
    expect(access?.PolicyVersionList[0]?.IsDefaultVersion).toBe(true);
    expect(access?.PolicyVersionList[0]?.Document.Statement[0]?.Action).toBe('s3:*');
  });

  it('simulate-principal-policy decides as the SDK does', async () => {
    const args = ['simulate-principal-policy', '--policy-source-arn', ROLE, '--action-names', 's3:DeleteBucket', 'iam:CreateRole', '--resource-arns', 'arn:aws:s3:::any-bucket'];
    const cli = await aws<{ EvaluationResults: { EvalActionName: string; EvalDecision: string }[] }>(...args);
    const sdk = (await s.iam.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: ROLE, ActionNames: ['s3:DeleteBucket', 'iam:CreateRole'], ResourceArns: ['arn:aws:s3:::any-bucket'] }))).EvaluationResults ?? [];
    expect(cli.EvaluationResults.map((r) => [r.EvalActionName, r.EvalDecision])).toEqual([
      ['s3:DeleteBucket', 'allowed'],
      ['iam:CreateRole', 'implicitDeny'],
    ]);
    expect(sdk.map((r) => r.EvalDecision)).toEqual(cli.EvaluationResults.map((r) => r.EvalDecision));
  });

  it('reports refusals by their code', async () => {
    const refused = await run('delete-role', '--role-name', 'SageDeckDemoSageMakerRole');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/An error occurred \(DeleteConflict\) when calling the DeleteRole operation.*: Cannot delete entity, must delete policies first\./);
    const missing = await run('get-role', '--role-name', 'nope');
    expect(missing.stderr).toMatch(/\(NoSuchEntity\) when calling the GetRole operation.*: The role with name nope cannot be found\./);
  });
});
