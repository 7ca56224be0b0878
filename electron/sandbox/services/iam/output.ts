import type { ManagedPolicyRecord, RoleRecord } from './model';
import { encodeDocument } from './policy-document';
import type { IamStore } from './store';

/** The Role shape. ListRoles leaves out PermissionsBoundary, Tags and RoleLastUsed (IAM API Reference, ListRoles). */
export function roleOutput(role: RoleRecord, full: boolean): Record<string, unknown> {
  const base: Record<string, unknown> = {
    ...roleIdentity(role),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
  };
  if (!full) return base;
  return {
    ...base,
    PermissionsBoundary: boundaryOutput(role),
    Tags: role.tags.length > 0 ? role.tags : undefined,
    RoleLastUsed: lastUsedOutput(role),
  };
}

/** What every role shape starts with (Role, RoleDetail). */
export const roleIdentity = (role: RoleRecord) => ({
  Path: role.path,
  RoleName: role.name,
  RoleId: role.id,
  Arn: role.arn,
  CreateDate: new Date(role.createDate),
  AssumeRolePolicyDocument: encodeDocument(role.trust),
});

export const boundaryOutput = (role: RoleRecord) =>
  role.boundaryArn ? { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: role.boundaryArn } : undefined;

/** An empty RoleLastUsed when the role was never used, as AWS answers. */
export const lastUsedOutput = (role: RoleRecord) =>
  role.lastUsed ? { LastUsedDate: new Date(role.lastUsed.date), Region: role.lastUsed.region } : {};

/** The Policy shape; Description and Tags only where AWS returns them (GetPolicy, CreatePolicy). */
export function policyOutput(store: IamStore, accountId: string, policy: ManagedPolicyRecord, full: boolean): Record<string, unknown> {
  return {
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: store.attachmentCount(accountId, policy.arn),
    PermissionsBoundaryUsageCount: store.boundaryUsageCount(accountId, policy.arn),
    IsAttachable: true,
    Description: full ? policy.description : undefined,
    CreateDate: new Date(policy.createDate),
    UpdateDate: new Date(policy.updateDate),
    Tags: full && policy.tags.length > 0 ? policy.tags : undefined,
  };
}

export function versionOutput(policy: ManagedPolicyRecord, versionId: string, withDocument: boolean): Record<string, unknown> {
  const version = policy.versions.find((v) => v.id === versionId);
  return {
    Document: withDocument && version ? encodeDocument(version.document) : undefined,
    VersionId: versionId,
    IsDefaultVersion: policy.defaultVersionId === versionId,
    CreateDate: version ? new Date(version.createDate) : undefined,
  };
}
