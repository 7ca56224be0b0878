import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  DescribeModelPackageGroupCommand,
  SageMakerClient,
  SearchCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSageMakerModule } from '../../../electron/sandbox/services/sagemaker';
import { createStsModule } from '../../../electron/sandbox/services/sts';
import { startTestSandbox, type ClientConfig, type TestSandbox } from './support';

const ADMIN = { Arn: 'arn:aws:iam::111122223333:user/sandbox-admin', PrincipalId: 'AIDASDSANDBOXADMIN01' };
const ROLE = 'arn:aws:iam::111122223333:role/ModelApprover';

let env: TestSandbox;
const clients: { destroy(): void }[] = [];
const sagemaker = (config: ClientConfig = env.config) => {
  const client = new SageMakerClient({ ...config, maxAttempts: 1 });
  clients.push(client);
  return client;
};

beforeEach(async () => {
  env = await startTestSandbox({ modules: [createStsModule, createSageMakerModule] });
});
afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await env.stop();
});

async function approverSession() {
  const sts = new STSClient({ ...env.config, maxAttempts: 1 });
  clients.push(sts);
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'reviewer@example.com' }));
  const credentials = {
    accessKeyId: out.Credentials?.AccessKeyId ?? '',
    secretAccessKey: out.Credentials?.SecretAccessKey ?? '',
    sessionToken: out.Credentials?.SessionToken ?? '',
  };
  return { client: sagemaker(env.configWith(credentials)), arn: out.AssumedRoleUser?.Arn ?? '', id: out.AssumedRoleUser?.AssumedRoleId ?? '' };
}

describe('model registry: who created and changed what (CreatedBy / LastModifiedBy)', () => {
  it("fills IamIdentity with the caller's ARN and principal id on groups and packages, and the approver on update", async () => {
    const admin = sagemaker();
    await admin.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    const group = await admin.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: 'churn' }));
    expect(group.CreatedBy).toEqual({ IamIdentity: ADMIN });

    const { ModelPackageArn } = await admin.send(
      new CreateModelPackageCommand({
        ModelPackageGroupName: 'churn',
        InferenceSpecification: { Containers: [{ Image: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1' }] },
      }),
    );
    const created = await admin.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }));
    expect(created.CreatedBy).toEqual({ IamIdentity: ADMIN });
    expect(created.LastModifiedBy).toEqual({ IamIdentity: ADMIN });

    const approver = await approverSession();
    env.clock.advance(60_000);
    await approver.client.send(
      new UpdateModelPackageCommand({ ModelPackageArn, ModelApprovalStatus: 'Approved', ApprovalDescription: 'AUC above the bar' }),
    );
    const approved = await admin.send(new DescribeModelPackageCommand({ ModelPackageName: ModelPackageArn }));
    expect(approved.CreatedBy).toEqual({ IamIdentity: ADMIN });
    expect(approved.LastModifiedBy).toEqual({ IamIdentity: { Arn: approver.arn, PrincipalId: approver.id } });
    expect(approver.arn).toBe('arn:aws:sts::111122223333:assumed-role/ModelApprover/reviewer@example.com');
    expect(approved.LastModifiedTime?.getTime()).toBe(env.clock.now());

    // Search returns whole packages: the same two identities.
    const searched = await admin.send(
      new SearchCommand({ Resource: 'ModelPackage', SearchExpression: { Filters: [{ Name: 'ModelPackageGroupName', Operator: 'Equals', Value: 'churn' }] } }),
    );
    expect(searched.Results?.[0]?.ModelPackage).toMatchObject({
      CreatedBy: { IamIdentity: ADMIN },
      LastModifiedBy: { IamIdentity: { Arn: approver.arn } },
    });
  });
});
