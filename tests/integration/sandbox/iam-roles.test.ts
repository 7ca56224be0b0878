import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  GetRoleCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  PutRolePermissionsBoundaryCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  CreatePolicyCommand,
  AttachRolePolicyCommand,
  DetachRolePolicyCommand,
  PutRolePolicyCommand,
  DeleteRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, iamError, startIamSandbox, trustOf, type IamSandbox } from './iam-harness';

describe('IAM roles', () => {
  let s: IamSandbox;
  beforeEach(async () => {
    s = await startIamSandbox();
  });
  afterEach(async () => {
    await s.stop();
  });

  it('creates a role and returns its trust policy URL-encoded, as AWS does', async () => {
    const trust = trustOf('sagemaker.amazonaws.com');
    const created = await s.iam.send(
      new CreateRoleCommand({ RoleName: 'exec', Path: '/ml/', AssumeRolePolicyDocument: trust, Description: 'jobs', MaxSessionDuration: 7200, Tags: [{ Key: 'project', Value: 'churn' }] }),
    );
    expect(created.Role).toMatchObject({ RoleName: 'exec', Path: '/ml/', Arn: 'arn:aws:iam::111122223333:role/ml/exec', Description: 'jobs', MaxSessionDuration: 7200 });
    expect(created.Role?.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(created.Role?.AssumeRolePolicyDocument).toBe(encodeURIComponent(trust));

    const got = (await s.iam.send(new GetRoleCommand({ RoleName: 'exec' }))).Role;
    expect(JSON.parse(decodeURIComponent(got?.AssumeRolePolicyDocument ?? ''))).toEqual(JSON.parse(trust));
    expect(got?.Tags).toEqual([{ Key: 'project', Value: 'churn' }]);
    expect(got?.RoleLastUsed).toEqual({});

    expect((await iamError(s.iam.send(new CreateRoleCommand({ RoleName: 'EXEC', AssumeRolePolicyDocument: trust })))).name).toBe('EntityAlreadyExistsException');
    const missing = await iamError(s.iam.send(new GetRoleCommand({ RoleName: 'nope' })));
    expect([missing.name, missing.message, missing.$metadata.httpStatusCode]).toEqual(['NoSuchEntityException', 'The role with name nope cannot be found.', 404]);
  });

  it('refuses malformed trust policies and out-of-range settings with AWS wording', async () => {
    const bad = await iamError(s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: '{"Version":' })));
    expect([bad.name, bad.message]).toEqual(['MalformedPolicyDocumentException', 'This policy contains invalid Json']);
    const withResource = doc({ Effect: 'Allow', Principal: { Service: 'x.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' });
    expect((await iamError(s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: withResource })))).message).toBe('Has prohibited field Resource');
    const short = await iamError(s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: trustOf('x.amazonaws.com'), MaxSessionDuration: 60 })));
    expect(short.name).toBe('ValidationError');
    expect(short.message).toContain("Value '60' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600");
  });

  it('pages ListRoles with Marker and MaxItems', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) await s.iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trustOf('ec2.amazonaws.com') }));
    const first = await s.iam.send(new ListRolesCommand({ MaxItems: 2 }));
    expect(first.Roles?.map((r) => r.RoleName)).toEqual(['a', 'b']);
    expect(first.IsTruncated).toBe(true);
    const rest = await s.iam.send(new ListRolesCommand({ Marker: first.Marker, MaxItems: 10 }));
    expect(rest.Roles?.map((r) => r.RoleName)).toEqual(['c', 'd', 'e']);
    expect(rest.IsTruncated).toBe(false);
    expect(rest.Marker).toBeUndefined();
  });

  it('updates the trust policy, the boundary and the tags', async () => {
    await s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: trustOf('ec2.amazonaws.com') }));
    await s.iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'r', PolicyDocument: trustOf('lambda.amazonaws.com') }));
    const boundary = (await s.iam.send(new CreatePolicyCommand({ PolicyName: 'limit', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) }))).Policy?.Arn ?? '';
    await s.iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'r', PermissionsBoundary: boundary }));
    let role = (await s.iam.send(new GetRoleCommand({ RoleName: 'r' }))).Role;
    expect(decodeURIComponent(role?.AssumeRolePolicyDocument ?? '')).toContain('lambda.amazonaws.com');
    expect(role?.PermissionsBoundary).toEqual({ PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: boundary });
    await s.iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'r' }));
    role = (await s.iam.send(new GetRoleCommand({ RoleName: 'r' }))).Role;
    expect(role?.PermissionsBoundary).toBeUndefined();

    await s.iam.send(new TagRoleCommand({ RoleName: 'r', Tags: [{ Key: 'team', Value: 'mlops' }, { Key: 'env', Value: 'dev' }] }));
    await s.iam.send(new TagRoleCommand({ RoleName: 'r', Tags: [{ Key: 'env', Value: 'prod' }] }));
    await s.iam.send(new UntagRoleCommand({ RoleName: 'r', TagKeys: ['team'] }));
    expect((await s.iam.send(new ListRoleTagsCommand({ RoleName: 'r' }))).Tags).toEqual([{ Key: 'env', Value: 'prod' }]);
    const unknownBoundary = await iamError(s.iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: 'r', PermissionsBoundary: 'arn:aws:iam::111122223333:policy/none' })));
    expect(unknownBoundary.name).toBe('NoSuchEntityException');
  });

  it('refuses to delete a role while policies are attached or inline', async () => {
    await s.iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: trustOf('ec2.amazonaws.com') }));
    await s.iam.send(new AttachRolePolicyCommand({ RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    await s.iam.send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'inline', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }));
    const inline = await iamError(s.iam.send(new DeleteRoleCommand({ RoleName: 'r' })));
    expect([inline.name, inline.message, inline.$metadata.httpStatusCode]).toEqual(['DeleteConflictException', 'Cannot delete entity, must delete policies first.', 409]);
    await s.iam.send(new DeleteRolePolicyCommand({ RoleName: 'r', PolicyName: 'inline' }));
    expect((await iamError(s.iam.send(new DeleteRoleCommand({ RoleName: 'r' })))).message).toBe('Cannot delete entity, must detach all policies first.');
    await s.iam.send(new DetachRolePolicyCommand({ RoleName: 'r', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }));
    await s.iam.send(new DeleteRoleCommand({ RoleName: 'r' }));
    expect((await s.iam.send(new ListRolesCommand({}))).Roles).toEqual([]);
  });
});
