import { deleteConflict, entityAlreadyExists } from './errors';
import { ARN, DESCRIPTION, DOCUMENT, PATH, PATH_PREFIX, ROLE_NAME, checker } from './input';
import type { IamHandler, RoleRecord } from './model';
import { roleOutput } from './output';
import { markerPage } from './pages';
import { checkTrustPolicySize, validatePolicyDocument } from './policy-document';
import { iamId, type IamStore } from './store';
import { mergeTags, readTagKeys, readTags, removeTags } from './tags';

/** Roles: create, read, list, delete, trust policy, permissions boundary and tags. */
export function roleOperations(store: IamStore): Record<string, IamHandler> {
  const boundaryPolicy = (accountId: string, arn: string) => {
    // Only a managed policy can be a boundary; a missing one is NoSuchEntity as for attachments.
    store.policy(accountId, arn);
    return arn;
  };

  /** The role a call names by RoleName alone (after the name's own checks). */
  const namedRole = (input: Record<string, unknown>, accountId: string) => {
    const check = checker();
    const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
    check.done();
    return store.role(accountId, name);
  };

  return {
    CreateRole(input, call) {
      const check = checker();
      const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const path = check.string(input.Path, 'path', PATH) ?? '/';
      const trust = check.string(input.AssumeRolePolicyDocument, 'assumeRolePolicyDocument', { required: true, ...DOCUMENT }) ?? '';
      const description = check.string(input.Description, 'description', DESCRIPTION);
      // 1 to 12 hours (IAM API Reference, CreateRole MaxSessionDuration).
      const maxSessionDuration = check.integer(input.MaxSessionDuration, 'maxSessionDuration', { min: 3600, max: 43200 }) ?? 3600;
      const boundary = check.string(input.PermissionsBoundary, 'permissionsBoundary', ARN);
      const tags = readTags(check, input.Tags);
      check.done();
      validatePolicyDocument(trust, 'trust');
      checkTrustPolicySize(trust);
      if (store.findRole(call.accountId, name)) throw entityAlreadyExists(`Role with name ${name} already exists.`);
      const arn = `arn:aws:iam::${call.accountId}:role${path}${name}`;
      const role: RoleRecord = {
        name,
        path,
        id: iamId('AROA', `${arn}@${call.now}`),
        arn,
        createDate: call.now,
        trust,
        description,
        maxSessionDuration,
        boundaryArn: boundary === undefined ? undefined : boundaryPolicy(call.accountId, boundary),
        tags,
        inline: [],
        attached: [],
      };
      store.account(call.accountId).roles.push(role);
      return { Role: roleOutput(role, true) };
    },

    GetRole: (input, call) => ({ Role: roleOutput(namedRole(input, call.accountId), true) }),

    ListRoles(input, call) {
      const check = checker();
      const prefix = check.string(input.PathPrefix, 'pathPrefix', PATH_PREFIX) ?? '/';
      const roles = store.account(call.accountId).roles.filter((role) => role.path.startsWith(prefix));
      const { page, ...paging } = markerPage(check, input, roles, `roles:${prefix}`);
      return { Roles: page.map((role) => roleOutput(role, false)), ...paging };
    },

    UpdateRole(input, call) {
      const check = checker();
      const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const description = check.string(input.Description, 'description', DESCRIPTION);
      const maxSessionDuration = check.integer(input.MaxSessionDuration, 'maxSessionDuration', { min: 3600, max: 43200 });
      check.done();
      const role = store.role(call.accountId, name);
      if (description !== undefined) role.description = description;
      if (maxSessionDuration !== undefined) role.maxSessionDuration = maxSessionDuration;
      return {};
    },

    DeleteRole(input, call) {
      const role = namedRole(input, call.accountId);
      if (role.inline.length > 0) throw deleteConflict('Cannot delete entity, must delete policies first.');
      if (role.attached.length > 0) throw deleteConflict('Cannot delete entity, must detach all policies first.');
      const state = store.account(call.accountId);
      state.roles = state.roles.filter((r) => r !== role);
      return {};
    },

    UpdateAssumeRolePolicy(input, call) {
      const check = checker();
      const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const document = check.string(input.PolicyDocument, 'policyDocument', { required: true, ...DOCUMENT }) ?? '';
      check.done();
      const role = store.role(call.accountId, name);
      validatePolicyDocument(document, 'trust');
      checkTrustPolicySize(document);
      role.trust = document;
      return {};
    },

    PutRolePermissionsBoundary(input, call) {
      const check = checker();
      const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const arn = check.string(input.PermissionsBoundary, 'permissionsBoundary', { required: true, ...ARN }) ?? '';
      check.done();
      const role = store.role(call.accountId, name);
      role.boundaryArn = boundaryPolicy(call.accountId, arn);
      return {};
    },

    DeleteRolePermissionsBoundary(input, call) {
      namedRole(input, call.accountId).boundaryArn = undefined;
      return {};
    },

    TagRole(input, call) {
      const check = checker();
      const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const tags = readTags(check, input.Tags);
      check.done();
      const role = store.role(call.accountId, name);
      role.tags = mergeTags(role.tags, tags);
      return {};
    },

    UntagRole(input, call) {
      const check = checker();
      const name = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const keys = readTagKeys(check, input.TagKeys);
      check.done();
      const role = store.role(call.accountId, name);
      role.tags = removeTags(role.tags, keys);
      return {};
    },

    ListRoleTags(input, call) {
      const role = namedRole(input, call.accountId);
      const { page, ...paging } = markerPage(checker(), input, role.tags, `tags:${role.arn}`);
      return { Tags: page, ...paging };
    },
  };
}
