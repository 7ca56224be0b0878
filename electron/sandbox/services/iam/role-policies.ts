import { limitExceeded, noSuchEntity, notAttachable } from './errors';
import { ARN, DOCUMENT, PATH_PREFIX, POLICY_NAME, ROLE_NAME, checker } from './input';
import type { IamHandler } from './model';
import { markerPage } from './pages';
import { ROLE_INLINE_MAX, encodeDocument, policySize, validatePolicyDocument } from './policy-document';
import type { IamStore } from './store';

/** Managed policies attached to a role: 10 by default (IAM User Guide, "IAM and AWS STS quotas"). */
export const MAX_ATTACHED_PER_ROLE = 10;

/** A role's permissions: attached managed policies and inline policies. */
export function rolePolicyOperations(store: IamStore): Record<string, IamHandler> {
  const roleAndPolicy = (input: Record<string, unknown>, policyMember: 'PolicyArn' | 'PolicyName') => {
    const check = checker();
    const roleName = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
    const policy =
      policyMember === 'PolicyArn'
        ? check.string(input.PolicyArn, 'policyArn', { required: true, ...ARN })
        : check.string(input.PolicyName, 'policyName', { required: true, ...POLICY_NAME });
    check.done();
    return { roleName, policy: policy ?? '' };
  };

  return {
    AttachRolePolicy(input, call) {
      const { roleName, policy: arn } = roleAndPolicy(input, 'PolicyArn');
      const role = store.role(call.accountId, roleName);
      if (!store.findPolicy(call.accountId, arn)) throw notAttachable(arn);
      if (role.attached.includes(arn)) return {};
      if (role.attached.length >= MAX_ATTACHED_PER_ROLE) throw limitExceeded(`Cannot exceed quota for PoliciesPerRole: ${MAX_ATTACHED_PER_ROLE}`);
      role.attached.push(arn);
      return {};
    },

    DetachRolePolicy(input, call) {
      const { roleName, policy: arn } = roleAndPolicy(input, 'PolicyArn');
      const role = store.role(call.accountId, roleName);
      if (!role.attached.includes(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
      role.attached = role.attached.filter((a) => a !== arn);
      return {};
    },

    ListAttachedRolePolicies(input, call) {
      const check = checker();
      const roleName = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const prefix = check.string(input.PathPrefix, 'pathPrefix', PATH_PREFIX) ?? '/';
      check.done();
      const role = store.role(call.accountId, roleName);
      const attached = role.attached
        .map((arn) => store.findPolicy(call.accountId, arn))
        .filter((policy) => policy !== undefined && policy.path.startsWith(prefix))
        .map((policy) => ({ PolicyName: policy?.name, PolicyArn: policy?.arn }));
      const { page, ...paging } = markerPage(check, input, attached, `attached:${role.arn}:${prefix}`);
      return { AttachedPolicies: page, ...paging };
    },

    PutRolePolicy(input, call) {
      const check = checker();
      const roleName = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      const name = check.string(input.PolicyName, 'policyName', { required: true, ...POLICY_NAME }) ?? '';
      const document = check.string(input.PolicyDocument, 'policyDocument', { required: true, ...DOCUMENT }) ?? '';
      check.done();
      const role = store.role(call.accountId, roleName);
      validatePolicyDocument(document, 'identity');
      const others = role.inline.filter((p) => p.name !== name);
      const total = others.reduce((sum, p) => sum + policySize(p.document), policySize(document));
      if (total > ROLE_INLINE_MAX) throw limitExceeded(`Maximum policy size of ${ROLE_INLINE_MAX} bytes exceeded for role ${role.name}`);
      const existing = role.inline.find((p) => p.name === name);
      if (existing) existing.document = document;
      else role.inline.push({ name, document });
      return {};
    },

    GetRolePolicy(input, call) {
      const { roleName, policy: name } = roleAndPolicy(input, 'PolicyName');
      const role = store.role(call.accountId, roleName);
      const inline = role.inline.find((p) => p.name === name);
      if (!inline) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
      return { RoleName: role.name, PolicyName: inline.name, PolicyDocument: encodeDocument(inline.document) };
    },

    DeleteRolePolicy(input, call) {
      const { roleName, policy: name } = roleAndPolicy(input, 'PolicyName');
      const role = store.role(call.accountId, roleName);
      if (!role.inline.some((p) => p.name === name)) throw noSuchEntity(`The role policy with name ${name} cannot be found.`);
      role.inline = role.inline.filter((p) => p.name !== name);
      return {};
    },

    ListRolePolicies(input, call) {
      const check = checker();
      const roleName = check.string(input.RoleName, 'roleName', { required: true, ...ROLE_NAME }) ?? '';
      check.done();
      const role = store.role(call.accountId, roleName);
      const { page, ...paging } = markerPage(check, input, role.inline.map((p) => p.name), `inline:${role.arn}`);
      return { PolicyNames: page, ...paging };
    },
  };
}
