import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicySuggestion, RoleDetail, RolesPage, SimulationAnswer } from '../../../shared/domain/roles';
import { startEndpointsWorld, type EndpointsWorld } from '../endpoints/endpoints-harness';

const ACCOUNT = '111122223333';
const EXECUTION_ROLE = 'SageDeckDemoSageMakerRole';
const BUCKET_ARN = 'arn:aws:s3:::sagedeck-demo-churn-data';

let world: EndpointsWorld;
const list = () => world.ok<RolesPage>('roles.list', {});
const describeRole = (roleName: string) => world.ok<RoleDetail>('roles.describe', { roleName });
const simulate = (actions: string[], resources: string[]) => world.ok<SimulationAnswer>('roles.simulate', { roleName: EXECUTION_ROLE, actions, resources });
const decisionOf = async (action: string, resource: string) => {
  const answer = await simulate([action], [resource]);
  if (!answer.available) throw new Error(answer.message);
  return answer.results[0];
};

describe('roles on the demo seed', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    world = await startEndpointsWorld();
  }, 60_000);
  afterAll(async () => {
    await world.close();
  });

  it('finds the roles the pipeline uses, each with the resources that use it', async () => {
    const page = await list();
    const role = (name: string) => page.items.find((r) => r.name === name);
    const kinds = (name: string) => new Set(role(name)?.usedBy.map((u) => u.kind));
    expect(kinds(EXECUTION_ROLE)).toEqual(new Set(['training-job', 'processing-job', 'model']));
    expect(role('SageDeckDemoSchedulerRole')?.usedBy).toEqual([{ kind: 'schedule', name: 'churn-nightly-preprocess', key: 'default' }]);
    expect(role('churn-api-invoke')?.usedBy).toEqual([expect.objectContaining({ kind: 'api', name: 'churn-api' })]);
    // A human role no resource names is still reviewed, after the pipeline's.
    expect(role('churn-prod-deployer')?.usedBy).toEqual([]);
    expect(page.items.findIndex((r) => r.name === 'churn-prod-deployer')).toBeGreaterThan(page.items.findIndex((r) => r.name === EXECUTION_ROLE));
    expect(role(EXECUTION_ROLE)?.boundaryArn).toBeUndefined();
    expect(role('churn-api-invoke')?.boundaryArn).toBe(`arn:aws:iam::${ACCOUNT}:policy/SageDeckBoundary`);
    expect(role('churn-api-invoke')?.findingCounts).toEqual({ high: 0, medium: 0, low: 0 });
    expect(page.notice).toBeUndefined();
    expect(world.sandboxCounters()['iam:GetAccountAuthorizationDetails']).toBeGreaterThanOrEqual(1);
  });

  it("reports the execution role's s3:* and PassRole * with their statements, and no boundary; none on the API role; the deployer's trust without MFA", async () => {
    const detail = await describeRole(EXECUTION_ROLE);
    expect(detail.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'wildcard-action', severity: 'high', source: expect.objectContaining({ policyName: 'SageDeckDemoSageMakerAccess', versionId: 'v1', statementIndex: 0 }) }),
        expect.objectContaining({ kind: 'passrole-any', severity: 'high', source: expect.objectContaining({ policyName: 'SageDeckDemoSageMakerAccess', statementIndex: 1 }) }),
        expect.objectContaining({ kind: 'unused-permissions', title: expect.stringContaining('sagedeck-demo-churn-data') }),
        expect.objectContaining({ kind: 'no-boundary' }),
      ]),
    );
    expect(detail.policies.map((p) => `${p.kind} ${p.name}`)).toEqual(['managed SageDeckDemoSageMakerAccess', 'inline sagemaker-jobs']);
    expect(detail.trustPolicy).toContain('sagemaker.amazonaws.com');

    expect((await describeRole('churn-api-invoke')).findings).toEqual([]);
    const deployer = await describeRole('churn-prod-deployer');
    expect(deployer.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'root-trust-without-mfa', severity: 'high', source: expect.objectContaining({ policyKind: 'trust' }) })]));
  });

  it('answers "can it delete the demo bucket?" with the statement that allows it', async () => {
    expect(await decisionOf('s3:DeleteBucket', BUCKET_ARN)).toMatchObject({ decision: 'allowed', explanation: 'Allowed by SageDeckDemoSageMakerAccess statement 1' });
  });

  it('suggests a policy covering what the jobs use; once applied (confirmed) the broad findings clear, the bucket cannot be deleted, and a training job can still read its input', async () => {
    const suggestion = await world.ok<PolicySuggestion>('roles.suggest', { roleName: EXECUTION_ROLE });
    expect(suggestion.target).toMatchObject({ kind: 'managed', policyName: 'SageDeckDemoSageMakerAccess', defaultVersionId: 'v1', versionCount: 1 });
    expect(suggestion.diff.some((l) => l.op === 'removed' && l.text.includes('"s3:*"'))).toBe(true);
    expect(suggestion.suggested).not.toContain('"s3:*"');
    expect(suggestion.suggested).toContain('iam:PassedToService');

    const refused = await world.request('roles.applySuggestion', { roleName: EXECUTION_ROLE, target: { kind: 'managed', policyArn: `arn:aws:iam::${ACCOUNT}:policy/SageDeckDemoSageMakerAccess` }, document: suggestion.suggested });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ConfirmationRequired', confirmation: { action: 'Apply least-privilege policy', target: `SageDeckDemoSageMakerAccess of ${EXECUTION_ROLE}` } } });

    const trainingInput = await firstTrainingInput();
    const applied = await world.ok<{ versionId?: string }>('roles.applySuggestion', {
      roleName: EXECUTION_ROLE,
      target: { kind: 'managed', policyArn: `arn:aws:iam::${ACCOUNT}:policy/SageDeckDemoSageMakerAccess` },
      document: suggestion.suggested,
    });
    expect(applied.versionId).toBe('v2');

    const after = await describeRole(EXECUTION_ROLE);
    expect(after.findings.map((f) => f.kind)).not.toContain('wildcard-action');
    expect(after.findings.map((f) => f.kind)).not.toContain('passrole-any');
    expect(after.policies[0]?.versionId).toBe('v2');
    // What stays is the missing boundary: the new policy names its actions and resources.
    expect((await list()).items.find((r) => r.name === EXECUTION_ROLE)?.findingCounts).toEqual({ high: 0, medium: 0, low: 1 });
    expect(await decisionOf('s3:DeleteBucket', BUCKET_ARN)).toMatchObject({ decision: 'implicitDeny', explanation: 'Implicitly denied: no statement allows it' });
    expect(await decisionOf('s3:GetObject', trainingInput)).toMatchObject({ decision: 'allowed' });
  });

  it('never changes an AWS managed policy: the suggestion says what to do instead and applying one is refused', async () => {
    const suggestion = await world.ok<PolicySuggestion>('roles.suggest', { roleName: 'churn-prod-deployer' });
    expect(suggestion.target).toBeUndefined();
    expect(suggestion.refusal).toContain('AWS managed policies (AmazonSageMakerFullAccess), which SageDeck never changes');
    const refused = await world.fail('roles.applySuggestion', { roleName: 'churn-prod-deployer', target: { kind: 'managed', policyArn: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess' }, document: suggestion.suggested });
    expect(refused).toMatchObject({ code: 'InvalidInput', message: expect.stringContaining('AWS managed policy: SageDeck never changes those') });
  });

  it('degrades on an endpoint without GetAccountAuthorizationDetails or the simulator, and says which', async () => {
    world.sandbox.control.addFault({ operation: 'iam:GetAccountAuthorizationDetails', kind: 'unknownOperation' });
    world.sandbox.control.addFault({ operation: 'iam:SimulatePrincipalPolicy', kind: 'unknownOperation' });
    // A new write epoch: the pipeline's usage is read again too.
    await world.ok('roles.applySuggestion', { roleName: 'churn-api-invoke', target: { kind: 'inline', policyName: 'invoke-churn-prod' }, document: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sagemaker:InvokeEndpoint', Resource: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/churn-prod` }] }) });
    const page = await list();
    expect(page.notice).toContain('no IAM GetAccountAuthorizationDetails');
    expect(page.items.map((r) => r.name).sort()).toEqual(['SageDeckDemoSageMakerRole', 'SageDeckDemoSchedulerRole', 'churn-api-invoke']);
    expect(page.items.find((r) => r.name === 'churn-api-invoke')?.findingCounts).toEqual({ high: 0, medium: 0, low: 0 });
    const answer = await simulate(['s3:GetObject'], [`${BUCKET_ARN}/raw/customers.csv`]);
    expect(answer).toEqual({ available: false, message: expect.stringContaining('no IAM policy simulator (SimulatePrincipalPolicy)') });
  });
});

/** An object under the newest training job's first input prefix, as the job would read it. */
async function firstTrainingInput(): Promise<string> {
  const { ListTrainingJobsCommand, DescribeTrainingJobCommand } = await import('@aws-sdk/client-sagemaker');
  const jobs = await world.sagemaker.send(new ListTrainingJobsCommand({ SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 1 }));
  const job = await world.sagemaker.send(new DescribeTrainingJobCommand({ TrainingJobName: jobs.TrainingJobSummaries?.[0]?.TrainingJobName }));
  const uri = job.InputDataConfig?.[0]?.DataSource?.S3DataSource?.S3Uri ?? '';
  const [bucket, ...key] = uri.replace('s3://', '').split('/');
  return `arn:aws:s3:::${bucket}/${key.join('/').replace(/\/?$/, '/')}part-0000.csv`;
}
