import { accessDenied, deleteConflict, entityAlreadyExists } from './errors';
import { ARN, DESCRIPTION, DOCUMENT, PATH, PATH_PREFIX, POLICY_NAME, checker, flag } from './input';
import type { IamCall, IamHandler, ManagedPolicyRecord } from './model';
import { policyOutput } from './output';
import { markerPage } from './pages';
import { checkManagedPolicySize, validatePolicyDocument } from './policy-document';
import { iamId, type IamStore } from './store';
import { readTags } from './tags';
import { isAwsManagedArn } from './aws-managed-policies';

/** AWS managed policies belong to AWS: changing one is refused as for any caller without rights on it. */
export function customerPolicy(store: IamStore, call: IamCall, arn: string, action: string): ManagedPolicyRecord {
  if (isAwsManagedArn(arn) && store.findPolicy(call.accountId, arn))
    throw accessDenied(`User: ${call.callerArn} is not authorized to perform: iam:${action} on resource: policy ${arn.split('/').pop() ?? arn}`);
  return store.policy(call.accountId, arn);
}

/** Customer managed policies: create, read, list and delete (versions in policy-versions.ts). */
export function policyOperations(store: IamStore): Record<string, IamHandler> {
  return {
    CreatePolicy(input, call) {
      const check = checker();
      const name = check.string(input.PolicyName, 'policyName', { required: true, ...POLICY_NAME }) ?? '';
      const path = check.string(input.Path, 'path', PATH) ?? '/';
      const document = check.string(input.PolicyDocument, 'policyDocument', { required: true, ...DOCUMENT }) ?? '';
      const description = check.string(input.Description, 'description', DESCRIPTION);
      const tags = readTags(check, input.Tags);
      check.done();
      validatePolicyDocument(document, 'identity');
      checkManagedPolicySize(document);
      const state = store.account(call.accountId);
      if (state.policies.some((p) => p.name === name))
        throw entityAlreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
      const arn = `arn:aws:iam::${call.accountId}:policy${path}${name}`;
      const policy: ManagedPolicyRecord = {
        name,
        path,
        id: iamId('ANPA', `${arn}@${call.now}`),
        arn,
        description,
        createDate: call.now,
        updateDate: call.now,
        defaultVersionId: 'v1',
        versions: [{ id: 'v1', document, createDate: call.now }],
        nextVersion: 2,
        tags,
      };
      state.policies.push(policy);
      return { Policy: policyOutput(store, call.accountId, policy, true) };
    },

    GetPolicy(input, call) {
      const check = checker();
      const arn = check.string(input.PolicyArn, 'policyArn', { required: true, ...ARN }) ?? '';
      check.done();
      return { Policy: policyOutput(store, call.accountId, store.policy(call.accountId, arn), true) };
    },

    ListPolicies(input, call) {
      const check = checker();
      const scope = check.string(input.Scope, 'scope', { enum: ['All', 'AWS', 'Local'] }) ?? 'All';
      const prefix = check.string(input.PathPrefix, 'pathPrefix', PATH_PREFIX) ?? '/';
      const usage = check.string(input.PolicyUsageFilter, 'policyUsageFilter', { enum: ['PermissionsPolicy', 'PermissionsBoundary'] });
      const onlyAttached = flag(input.OnlyAttached);
      const policies = store.allPolicies(call.accountId).filter((policy) => {
        if (scope === 'AWS' && !isAwsManagedArn(policy.arn)) return false;
        if (scope === 'Local' && isAwsManagedArn(policy.arn)) return false;
        if (!policy.path.startsWith(prefix)) return false;
        const attached = store.attachmentCount(call.accountId, policy.arn);
        const boundary = store.boundaryUsageCount(call.accountId, policy.arn);
        // OnlyAttached counts policies used as boundaries too, unless the usage filter says otherwise.
        if (usage === 'PermissionsPolicy' && onlyAttached) return attached > 0;
        if (usage === 'PermissionsBoundary' && onlyAttached) return boundary > 0;
        return !onlyAttached || attached + boundary > 0;
      });
      const key = `policies:${scope}:${prefix}:${usage ?? ''}:${onlyAttached}`;
      const { page, ...paging } = markerPage(check, input, policies, key);
      return { Policies: page.map((policy) => policyOutput(store, call.accountId, policy, false)), ...paging };
    },

    DeletePolicy(input, call) {
      const check = checker();
      const arn = check.string(input.PolicyArn, 'policyArn', { required: true, ...ARN }) ?? '';
      check.done();
      const policy = customerPolicy(store, call, arn, 'DeletePolicy');
      if (store.attachmentCount(call.accountId, arn) + store.boundaryUsageCount(call.accountId, arn) > 0)
        throw deleteConflict('Cannot delete a policy attached to entities.');
      if (policy.versions.length > 1)
        throw deleteConflict(
          "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
        );
      const state = store.account(call.accountId);
      state.policies = state.policies.filter((p) => p !== policy);
      return {};
    },
  };
}
