import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListPoliciesCommand,
  ListPolicyVersionsCommand,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
  SetDefaultPolicyVersionCommand,
  DetachRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, iamError, startIamSandbox, trustOf, type IamSandbox } from './iam-harness';

const READ = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' });

describe('IAM managed and inline policies', () => {
  let s: IamSandbox;
  beforeEach(async () => {
    s = await startIamSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  const createPolicy = async (name: string, document = READ) =>
    (await s.iam.send(new CreatePolicyCommand({ PolicyName: name, PolicyDocument: document, Description: `${name} policy` }))).Policy?.Arn ?? '';

  it('creates, reads and lists customer managed policies beside the AWS managed ones', async () => {
    const arn = await createPolicy('reader');
    expect(arn).toBe('arn:aws:iam::111122223333:policy/reader');
    const policy = (await s.iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy;
    expect(policy).toMatchObject({ PolicyName: 'reader', DefaultVersionId: 'v1', AttachmentCount: 0, IsAttachable: true, Description: 'reader policy' });
    expect(policy?.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);

    const local = (await s.iam.send(new ListPoliciesCommand({ Scope: 'Local' }))).Policies?.map((p) => p.PolicyName);
    expect(local).toEqual(['reader']);
    const aws = (await s.iam.send(new ListPoliciesCommand({ Scope: 'AWS' }))).Policies?.map((p) => p.Arn);
    expect(aws).toContain('arn:aws:iam::aws:policy/AmazonSageMakerFullAccess');
    expect(aws).not.toContain(arn);

    await s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: trustOf('ec2.amazonaws.com') }));
    await s.iam.send(new AttachRolePolicyCommand({ RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    const attached = await s.iam.send(new ListPoliciesCommand({ OnlyAttached: true }));
    expect(attached.Policies?.map((p) => [p.PolicyName, p.AttachmentCount])).toEqual([['AmazonS3ReadOnlyAccess', 1]]);
    const paged = await s.iam.send(new ListPoliciesCommand({ MaxItems: 2 }));
    expect(paged.IsTruncated).toBe(true);
    const next = await s.iam.send(new ListPoliciesCommand({ MaxItems: 100, Marker: paged.Marker }));
    expect((paged.Policies?.length ?? 0) + (next.Policies?.length ?? 0)).toBe(5);

    expect((await iamError(s.iam.send(new CreatePolicyCommand({ PolicyName: 'reader', PolicyDocument: READ })))).name).toBe('EntityAlreadyExistsException');
  });

  it('validates policy documents with AWS wording', async () => {
    const refuse = async (document: string) => {
      const error = await iamError(s.iam.send(new CreatePolicyCommand({ PolicyName: 'bad', PolicyDocument: document })));
      expect(error.name).toBe('MalformedPolicyDocumentException');
      return error.message;
    };
    expect(await refuse('not json')).toBe('This policy contains invalid Json');
    expect(await refuse(doc({ Action: 's3:GetObject', Resource: '*' }))).toBe('Missing required field Effect');
    expect(await refuse(doc({ Effect: 'Allow', Resource: '*' }))).toBe('Policy statement must contain actions.');
    expect(await refuse(doc({ Effect: 'Allow', Action: 's3:GetObject' }))).toBe('Policy statement must contain resources.');
    expect(await refuse(doc({ Effect: 'Allow', Action: 'GetObject', Resource: '*' }))).toBe('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    expect(await refuse(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'bucket' }))).toBe('Resource bucket must be in ARN format or "*".');
    expect(await refuse(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }))).toBe('Policy document should not specify a principal.');
    expect(await refuse(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringFoo: { 'aws:SourceIp': 'x' } } }))).toBe('Invalid Condition type : StringFoo.');
  });

  it('keeps at most five versions, refuses to delete the default and switches the default', async () => {
    const arn = await createPolicy('versions');
    for (let i = 2; i <= 5; i += 1) {
      const created = await s.iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: READ, SetAsDefault: i === 3 }));
      expect(created.PolicyVersion).toMatchObject({ VersionId: `v${i}`, IsDefaultVersion: i === 3 });
    }
    const full = await iamError(s.iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: READ })));
    expect([full.name, full.message, full.$metadata.httpStatusCode]).toEqual([
      'LimitExceededException',
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
      409,
    ]);
    const listed = (await s.iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions;
    expect(listed?.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([['v5', false], ['v4', false], ['v3', true], ['v2', false], ['v1', false]]);

    const refused = await iamError(s.iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' })));
    expect([refused.name, refused.message]).toEqual(['DeleteConflictException', 'Cannot delete the default version of a policy.']);
    await s.iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
    // Version ids are not reused.
    expect((await s.iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: READ }))).PolicyVersion?.VersionId).toBe('v6');
    await s.iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v6' }));
    const v6 = (await s.iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v6' }))).PolicyVersion;
    expect(v6?.IsDefaultVersion).toBe(true);
    expect(decodeURIComponent(v6?.Document ?? '')).toBe(READ);
    expect((await s.iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId).toBe('v6');

    const multi = await iamError(s.iam.send(new DeletePolicyCommand({ PolicyArn: arn })));
    expect(multi.message).toMatch(/^This policy has more than one version/);
    const awsOwned = await iamError(s.iam.send(new CreatePolicyVersionCommand({ PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', PolicyDocument: READ })));
    expect(awsOwned.name).toBe('AccessDenied');
  });

  it('attaches, lists and detaches managed policies; refuses to delete one in use', async () => {
    const arn = await createPolicy('reader');
    await s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: trustOf('ec2.amazonaws.com') }));
    await s.iam.send(new AttachRolePolicyCommand({ RoleName: 'r', PolicyArn: arn }));
    expect((await s.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'r' }))).AttachedPolicies).toEqual([{ PolicyName: 'reader', PolicyArn: arn }]);
    const inUse = await iamError(s.iam.send(new DeletePolicyCommand({ PolicyArn: arn })));
    expect([inUse.name, inUse.message]).toEqual(['DeleteConflictException', 'Cannot delete a policy attached to entities.']);
    const unknown = await iamError(s.iam.send(new AttachRolePolicyCommand({ RoleName: 'r', PolicyArn: 'arn:aws:iam::111122223333:policy/none' })));
    expect([unknown.name, unknown.message]).toEqual(['NoSuchEntityException', 'Policy arn:aws:iam::111122223333:policy/none does not exist or is not attachable.']);
    await s.iam.send(new DetachRolePolicyCommand({ RoleName: 'r', PolicyArn: arn }));
    await s.iam.send(new DeletePolicyCommand({ PolicyArn: arn }));
    expect((await iamError(s.iam.send(new GetPolicyCommand({ PolicyArn: arn })))).name).toBe('NoSuchEntityException');
  });

  it('puts, reads and lists inline policies', async () => {
    await s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: trustOf('ec2.amazonaws.com') }));
    await s.iam.send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'b-read', PolicyDocument: READ }));
    await s.iam.send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'a-logs', PolicyDocument: doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }) }));
    const got = await s.iam.send(new GetRolePolicyCommand({ RoleName: 'r', PolicyName: 'b-read' }));
    expect(got).toMatchObject({ RoleName: 'r', PolicyName: 'b-read', PolicyDocument: encodeURIComponent(READ) });
    const page = await s.iam.send(new ListRolePoliciesCommand({ RoleName: 'r', MaxItems: 1 }));
    expect([page.PolicyNames, page.IsTruncated]).toEqual([['b-read'], true]);
    expect((await s.iam.send(new ListRolePoliciesCommand({ RoleName: 'r', Marker: page.Marker }))).PolicyNames).toEqual(['a-logs']);
    const missing = await iamError(s.iam.send(new GetRolePolicyCommand({ RoleName: 'r', PolicyName: 'none' })));
    expect(missing.message).toBe('The role policy with name none cannot be found.');
  });
});
