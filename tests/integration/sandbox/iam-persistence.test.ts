import { CreatePolicyVersionCommand, GetPolicyCommand, GetRoleCommand, ListRolesCommand, TagRoleCommand } from '@aws-sdk/client-iam';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, startIamSandbox, type IamSandbox } from './iam-harness';
import { tempDir } from './support';

const ACCESS = 'arn:aws:iam::111122223333:policy/SageDeckDemoSageMakerAccess';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir: string): Promise<IamSandbox> {
  const s = await startIamSandbox('demo', dataDir);
  cleanups.push(() => s.stop());
  return s;
}

describe('IAM persistence', () => {
  it('keeps roles, tags and policy versions across a restart, and a reset drops them', async () => {
    const dir = tempDir('sagedeck-iam-data-');
    cleanups.push(() => dir.remove());
    const first = await start(dir.path);
    await first.iam.send(new TagRoleCommand({ RoleName: 'churn-prod-deployer', Tags: [{ Key: 'owner', Value: 'mlops' }] }));
    await first.iam.send(new CreatePolicyVersionCommand({ PolicyArn: ACCESS, PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), SetAsDefault: true }));
    await first.stop();

    const second = await start(dir.path);
    expect((await second.iam.send(new ListRolesCommand({}))).Roles).toHaveLength(4);
    expect((await second.iam.send(new GetRoleCommand({ RoleName: 'churn-prod-deployer' }))).Role?.Tags).toContainEqual({ Key: 'owner', Value: 'mlops' });
    expect((await second.iam.send(new GetPolicyCommand({ PolicyArn: ACCESS }))).Policy?.DefaultVersionId).toBe('v2');

    await second.sandbox.control.reset();
    expect((await second.iam.send(new ListRolesCommand({}))).Roles).toEqual([]);
  });
});
